//! The partner's logo as the documents print it: a PNG image, at most `MAX_SIDE` pixels
//! a side and `MAX_STORED_BYTES` long, so that no logo costs more than a few MB per PDF.
//!
//! A larger image is scaled down (its aspect kept, each pixel the average of those it
//! covers) and stored as an 8-bit PNG. Rows are decoded one at a time, so a 20000 ×
//! 20000 logo (1.6 GB once decoded) is read in a few MB; beyond `MAX_DECODED_SIDE` or
//! `MAX_FILE_BYTES` the file is refused as what it then is, a mistake or a
//! decompression bomb. The decoder's own allocations are capped by `png::Limits`.

use std::io::Cursor;

use ardoise_domain::Problem;

/// The longest side a stored logo keeps: 2,000 pixels is 340 dpi over the 150 mm
/// width of an A4 page, and documents print the logo 50 mm wide.
pub const MAX_SIDE: u32 = 2_000;
/// The largest logo stored as it was given; a larger one is scaled until it fits.
pub const MAX_STORED_BYTES: usize = 5 * 1024 * 1024;
/// The largest image read at all (a side), and the largest file.
pub const MAX_DECODED_SIDE: u32 = 20_000;
pub const MAX_FILE_BYTES: usize = 50 * 1024 * 1024;
/// What the PNG decoder may allocate for itself (its row buffers), and the largest
/// interlaced image, which is decoded whole.
const DECODER_BYTES: usize = 64 * 1024 * 1024;

fn too_large() -> Problem {
    Problem::ImageTooLarge {
        max_side: MAX_DECODED_SIDE,
        max_mb: MAX_FILE_BYTES / (1024 * 1024),
    }
}

/// What a logo file becomes in the book: the same bytes when it is a PNG within the
/// bounds, a scaled-down PNG when it is larger, or a refusal saying why.
pub fn prepare_logo(bytes: &[u8]) -> Result<Vec<u8>, Problem> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(too_large());
    }
    let (longest, image) = decode(bytes)?;
    if longest <= MAX_SIDE && bytes.len() <= MAX_STORED_BYTES {
        // Read whole without fault: kept exactly as the partner made it.
        return Ok(bytes.to_vec());
    }
    let mut image = image;
    loop {
        let png = encode(&image)?;
        if png.len() <= MAX_STORED_BYTES || image.width.max(image.height) <= 64 {
            return Ok(png);
        }
        // Noise compresses badly: halve until it fits.
        image = image.scaled(image.width.div_ceil(2), image.height.div_ceil(2));
    }
}

/// The pixel size of a PNG, read from its header only; `None` when it is not a PNG.
pub fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let mut decoder = png::Decoder::new(Cursor::new(bytes));
    let info = decoder.read_header_info().ok()?;
    Some((info.width, info.height))
}

/// An 8-bit image of 1 to 4 channels (grey, grey + alpha, RGB, RGBA), row after row.
struct Pixels {
    width: u32,
    height: u32,
    channels: usize,
    data: Vec<u8>,
}

/// The image's longest side, and the image decoded, scaled down to `MAX_SIDE` on its
/// longest side as it is read.
fn decode(bytes: &[u8]) -> Result<(u32, Pixels), Problem> {
    let not_png = |_| Problem::ImageFormat;
    let mut decoder = png::Decoder::new_with_limits(
        Cursor::new(bytes),
        png::Limits {
            bytes: DECODER_BYTES,
        },
    );
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let info = decoder.read_header_info().map_err(not_png)?;
    let (width, height, interlaced) = (info.width, info.height, info.interlaced);
    if width == 0 || height == 0 {
        return Err(Problem::ImageFormat);
    }
    if width.max(height) > MAX_DECODED_SIDE {
        return Err(too_large());
    }
    let mut reader = decoder.read_info().map_err(|e| match e {
        png::DecodingError::LimitsExceeded => too_large(),
        _ => Problem::ImageFormat,
    })?;
    let (color, _) = reader.output_color_type();
    let channels = color.samples();
    let (out_w, out_h) = fitted(width, height);
    let mut scaler = Scaler::new(width, height, out_w, out_h, channels);
    if interlaced {
        // Rows of an interlaced image come pass by pass: it is decoded whole, within
        // the decoder's bound.
        let size = reader.output_buffer_size().ok_or_else(too_large)?;
        if size > DECODER_BYTES {
            return Err(too_large());
        }
        let mut buf = vec![0; size];
        let frame = reader.next_frame(&mut buf).map_err(not_png)?;
        for row in buf.chunks(frame.line_size).take(height as usize) {
            scaler.push(row);
        }
    } else {
        while let Some(row) = reader.next_row().map_err(not_png)? {
            scaler.push(row.data());
        }
        reader.finish().map_err(not_png)?;
    }
    let pixels = scaler.finish().ok_or(Problem::ImageFormat)?;
    Ok((width.max(height), pixels))
}

/// The size that fits `MAX_SIDE`, aspect kept, at least a pixel a side.
fn fitted(width: u32, height: u32) -> (u32, u32) {
    let longest = width.max(height);
    if longest <= MAX_SIDE {
        return (width, height);
    }
    let scale = |side: u32| {
        let s = u64::from(side) * u64::from(MAX_SIDE) / u64::from(longest);
        u32::try_from(s).unwrap_or(MAX_SIDE).max(1)
    };
    (scale(width), scale(height))
}

/// Averages rows of `width` pixels into rows of `out_w`, `height` rows into `out_h`:
/// each output pixel the mean of the input pixels that fall in it, or of a grid of at
/// most 4 × 4 of them when it covers more (a 20000-pixel side is read in seconds).
struct Scaler {
    height: u32,
    out_w: u32,
    out_h: u32,
    channels: usize,
    /// Every `step`-th row and column is averaged.
    step: u32,
    /// The input columns averaged (byte offset in a row), each with its output column.
    columns: Vec<(usize, usize)>,
    /// Sums and counts of the output row being gathered.
    sums: Vec<u32>,
    counts: Vec<u32>,
    row: u32,
    gathering: u32,
    out: Vec<u8>,
}

impl Scaler {
    fn new(width: u32, height: u32, out_w: u32, out_h: u32, channels: usize) -> Scaler {
        let ratio = (width / out_w.max(1)).min(height / out_h.max(1)).max(1);
        let step = ratio.div_ceil(4);
        let columns = (0..width)
            .step_by(step as usize)
            .map(|x| {
                let ox = u64::from(x) * u64::from(out_w) / u64::from(width);
                (x as usize * channels, ox as usize)
            })
            .collect();
        Scaler {
            height,
            out_w,
            out_h,
            channels,
            step,
            columns,
            sums: vec![0; out_w as usize * channels],
            counts: vec![0; out_w as usize],
            row: 0,
            gathering: 0,
            out: Vec::with_capacity(out_w as usize * out_h as usize * channels),
        }
    }

    fn push(&mut self, row: &[u8]) {
        if self.row >= self.height {
            return;
        }
        let target = (u64::from(self.row) * u64::from(self.out_h) / u64::from(self.height)) as u32;
        if target != self.gathering {
            self.flush();
            self.gathering = target;
        }
        if self.row.is_multiple_of(self.step) {
            let ch = self.channels;
            for &(offset, at) in &self.columns {
                let Some(pixel) = row.get(offset..offset + ch) else {
                    break;
                };
                self.counts[at] += 1;
                for (sum, &v) in self.sums[at * ch..(at + 1) * ch].iter_mut().zip(pixel) {
                    *sum += u32::from(v);
                }
            }
        }
        self.row += 1;
    }

    fn flush(&mut self) {
        let ch = self.channels;
        for (sums, &count) in self.sums.chunks_exact_mut(ch).zip(&self.counts) {
            for sum in sums {
                let mean = (*sum + count / 2) / count.max(1);
                self.out.push(u8::try_from(mean).unwrap_or(u8::MAX));
                *sum = 0;
            }
        }
        self.counts.iter_mut().for_each(|c| *c = 0);
    }

    /// The scaled image, once every row was pushed; `None` for a truncated image.
    fn finish(mut self) -> Option<Pixels> {
        if self.row != self.height {
            return None;
        }
        self.flush();
        let complete = self.out.len() == self.out_w as usize * self.out_h as usize * self.channels;
        complete.then_some(Pixels {
            width: self.out_w,
            height: self.out_h,
            channels: self.channels,
            data: self.out,
        })
    }
}

impl Pixels {
    fn scaled(&self, out_w: u32, out_h: u32) -> Pixels {
        let mut s = Scaler::new(self.width, self.height, out_w, out_h, self.channels);
        for row in self.data.chunks_exact(self.width as usize * self.channels) {
            s.push(row);
        }
        // Every row of a complete image was pushed.
        s.finish().unwrap_or(Pixels {
            width: 1,
            height: 1,
            channels: self.channels,
            data: vec![0; self.channels],
        })
    }
}

fn encode(image: &Pixels) -> Result<Vec<u8>, Problem> {
    let color = match image.channels {
        1 => png::ColorType::Grayscale,
        2 => png::ColorType::GrayscaleAlpha,
        3 => png::ColorType::Rgb,
        _ => png::ColorType::Rgba,
    };
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, image.width, image.height);
    encoder.set_color(color);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Balanced);
    let mut writer = encoder.write_header().map_err(|_| Problem::ImageFormat)?;
    writer
        .write_image_data(&image.data)
        .map_err(|_| Problem::ImageFormat)?;
    writer.finish().map_err(|_| Problem::ImageFormat)?;
    Ok(out)
}

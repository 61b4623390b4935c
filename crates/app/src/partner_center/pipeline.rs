//! The import's one reading of a file: a thread reads and checks the lines (most of the
//! work) while the book's transaction writes the ones it lacks, so two cores share a file
//! of hundreds of megabytes. Lines travel in batches through a bounded channel: memory
//! stays flat whatever the file's size, and a writer that stops stops the reader.

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::mpsc::sync_channel;

use ardoise_partner_center::FileKind;
use ardoise_store::PcLineRow;

use super::scan::{self, FileSummary, Progress, Summariser};
use crate::{AppError, Result};

const BATCH: usize = 256;

/// What one reading found and wrote.
pub(crate) struct Reading {
    pub summary: FileSummary,
    pub added: u64,
    pub known: u64,
}

/// Reads `path` once, handing each line's row to `write`, which says whether it wrote it
/// (false: the book has the line already). `progress` is told the bytes read, from the
/// caller's thread.
pub(crate) fn read_into(
    path: &Path,
    progress: Progress<'_>,
    mut write: impl FnMut(&PcLineRow) -> Result<bool>,
) -> Result<Reading> {
    let read = AtomicU64::new(0);
    let size = AtomicU64::new(0);
    std::thread::scope(|scope| {
        let (to_writer, batches) = sync_channel::<Vec<PcLineRow>>(4);
        let (read, size) = (&read, &size);
        let reader = scope.spawn(move || -> Result<(Summariser, FileKind, String)> {
            let mut summariser = Summariser::default();
            let mut batch = Vec::with_capacity(BATCH);
            let told = |done: u64, of: u64| {
                read.store(done, Relaxed);
                size.store(of, Relaxed);
            };
            // A writer that has stopped has its own error to tell; this one is not shown.
            let stopped = |_| AppError::Cancelled;
            let (kind, sha) = scan::stream(path, &told, |line, key| {
                summariser.add(line);
                batch.push(scan::row(line, key));
                if batch.len() == BATCH {
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                    to_writer.send(full).map_err(stopped)?;
                }
                Ok(())
            })?;
            if !batch.is_empty() {
                to_writer.send(batch).map_err(stopped)?;
            }
            Ok((summariser, kind, sha))
        });
        let (mut added, mut known, mut shown) = (0, 0, 0);
        let mut failed = None;
        'batches: for batch in batches.iter() {
            for row in &batch {
                match write(row) {
                    Ok(true) => added += 1,
                    Ok(false) => known += 1,
                    Err(e) => {
                        failed = Some(e);
                        break 'batches;
                    }
                }
            }
            let done = read.load(Relaxed);
            if done != shown {
                shown = done;
                progress(done, size.load(Relaxed).max(done));
            }
        }
        drop(batches);
        let outcome = reader.join();
        if let Some(e) = failed {
            return Err(e);
        }
        let (summariser, kind, sha) = outcome.map_err(|_| AppError::File {
            path: path.display().to_string(),
            detail: "the reading stopped unexpectedly".into(),
        })??;
        let done = read.load(Relaxed);
        if done != shown {
            progress(done, size.load(Relaxed).max(done));
        }
        Ok(Reading {
            summary: summariser.finish(kind, sha, known)?,
            added,
            known,
        })
    })
}

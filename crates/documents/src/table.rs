//! Tables: columns, rows whose cells wrap inside their column, a shaded header row.
//!
//! A number never wraps: in a right-aligned column a text too wide is set smaller.

use crate::painter::{ascent, leading, Painter, Style, BAND, RULE, TABLE_HEAD};

/// A column of a table.
pub struct Column {
    pub x: f32,
    pub width: f32,
    pub right_aligned: bool,
}

pub const CELL_PAD: f32 = 1.5;
pub const ROW_PAD: f32 = 2.0;

pub const fn column(x: f32, width: f32, right_aligned: bool) -> Column {
    Column {
        x,
        width,
        right_aligned,
    }
}

impl Column {
    /// The room for text between the cell's paddings.
    pub fn room(&self) -> f32 {
        self.width - 2.0 * CELL_PAD
    }
}

/// Where a table starts and ends: its first column's left edge and last column's right.
pub fn span(columns: &[Column]) -> (f32, f32) {
    let left = columns.first().map_or(0.0, |c| c.x);
    let right = columns.last().map_or(left, |c| c.x + c.width);
    (left, right)
}

/// One line of a cell, in its style.
pub struct CellLine {
    pub text: String,
    pub style: Style,
}

/// A row's cells, one per column, already wrapped to their columns.
pub struct Row {
    pub cells: Vec<Vec<CellLine>>,
    /// The style whose line height an empty row takes.
    pub base: Style,
}

impl Row {
    pub fn new(base: Style) -> Row {
        Row {
            cells: Vec::new(),
            base,
        }
    }

    /// Adds the next cell: `lines` as they are, one line each.
    pub fn lines(mut self, lines: Vec<String>, style: Style) -> Row {
        self.cells.push(
            lines
                .into_iter()
                .map(|text| CellLine { text, style })
                .collect(),
        );
        self
    }

    /// Adds the next cell: one line (numbers, dates), or nothing when empty.
    pub fn single(self, text: impl Into<String>, style: Style) -> Row {
        let text = text.into();
        let lines = if text.is_empty() {
            Vec::new()
        } else {
            vec![text]
        };
        self.lines(lines, style)
    }

    /// The height of the text, without the paddings.
    fn text_height(&self) -> f32 {
        self.cells
            .iter()
            .map(|cell| cell.iter().map(|l| leading(l.style.size)).sum::<f32>())
            .fold(leading(self.base.size), f32::max)
    }

    /// The row's height with its paddings.
    pub fn height(&self) -> f32 {
        self.text_height() + 2.0 * ROW_PAD
    }
}

/// The header row: each title wrapped in its column.
pub fn header_row(p: &Painter, columns: &[Column], titles: &[&str]) -> Row {
    titles
        .iter()
        .zip(columns)
        .fold(Row::new(TABLE_HEAD), |row, (title, column)| {
            let lines = p.wrap(TABLE_HEAD, title, column.room());
            row.lines(lines, TABLE_HEAD)
        })
}

/// The header row on a band, ruled below; returns its bottom.
pub fn draw_header(p: &mut Painter, columns: &[Column], head: &Row, top: f32) -> f32 {
    let (left, right) = span(columns);
    let h = head.height();
    p.fill(left, top, right - left, h, BAND);
    draw_cells(p, columns, head, top);
    p.hline(left, right, top + h, 0.5, RULE);
    top + h
}

pub fn draw_cells(p: &mut Painter, columns: &[Column], row: &Row, top: f32) {
    for (cell, column) in row.cells.iter().zip(columns) {
        let mut y = top + ROW_PAD;
        for line in cell {
            let base = y + ascent(line.style.size);
            if column.right_aligned {
                let fitted = p.fitted(line.style, &line.text, column.room());
                p.text_right(column.x + column.width - CELL_PAD, base, fitted, &line.text);
            } else {
                p.text(column.x + CELL_PAD, base, line.style, &line.text);
            }
            y += leading(line.style.size);
        }
    }
}

/// The row's cells with a thin rule below; returns its bottom.
pub fn draw_row(p: &mut Painter, columns: &[Column], row: &Row, top: f32) -> f32 {
    draw_cells(p, columns, row, top);
    let bottom = top + row.height();
    let (left, right) = span(columns);
    p.hline(left, right, bottom, 0.3, RULE);
    bottom
}

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

    /// Adds lines under the last cell's lines.
    pub fn under(mut self, lines: Vec<String>, style: Style) -> Row {
        if let Some(cell) = self.cells.last_mut() {
            cell.extend(lines.into_iter().map(|text| CellLine { text, style }));
        }
        self
    }

    /// Cuts the last cell to `max` lines, the last one ending with "…", so that a row
    /// always fits on a page.
    pub fn at_most(mut self, max: usize) -> Row {
        if let Some(cell) = self.cells.last_mut() {
            if cell.len() > max {
                cell.truncate(max);
                if let Some(last) = cell.last_mut() {
                    last.text.push('…');
                }
            }
        }
        self
    }

    /// The height of the text, without the paddings.
    pub fn text_height(&self) -> f32 {
        self.cells
            .iter()
            .map(|cell| cell.iter().map(|l| leading(l.style.size)).sum::<f32>())
            .fold(leading(self.base.size), f32::max)
    }
}

/// A table: its columns and the padding above and below each row's text.
#[derive(Clone, Copy)]
pub struct Table<'a> {
    pub columns: &'a [Column],
    pub pad: f32,
}

impl<'a> Table<'a> {
    pub const fn new(columns: &'a [Column]) -> Table<'a> {
        Table {
            columns,
            pad: ROW_PAD,
        }
    }

    /// The same table with `pad` mm above and below each row's text.
    pub const fn padded(self, pad: f32) -> Table<'a> {
        Table { pad, ..self }
    }

    /// Where the table starts and ends: its first column's left edge and last column's
    /// right.
    pub fn span(&self) -> (f32, f32) {
        let left = self.columns.first().map_or(0.0, |c| c.x);
        let right = self.columns.last().map_or(left, |c| c.x + c.width);
        (left, right)
    }

    /// A row's height with its paddings.
    pub fn height(&self, row: &Row) -> f32 {
        row.text_height() + 2.0 * self.pad
    }

    /// The header row: each title wrapped in its column.
    pub fn header_row(&self, p: &Painter, titles: &[impl AsRef<str>]) -> Row {
        titles
            .iter()
            .zip(self.columns)
            .fold(Row::new(TABLE_HEAD), |row, (title, column)| {
                let lines = p.wrap(TABLE_HEAD, title.as_ref(), column.room());
                row.lines(lines, TABLE_HEAD)
            })
    }

    /// The header row on a band, ruled below; returns its bottom.
    pub fn draw_header(&self, p: &mut Painter, head: &Row, top: f32) -> f32 {
        let (left, right) = self.span();
        let h = self.height(head);
        p.fill(left, top, right - left, h, BAND);
        self.draw_cells(p, head, top);
        p.hline(left, right, top + h, 0.5, RULE);
        top + h
    }

    pub fn draw_cells(&self, p: &mut Painter, row: &Row, top: f32) {
        for (cell, column) in row.cells.iter().zip(self.columns) {
            let mut y = top + self.pad;
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
    pub fn draw_row(&self, p: &mut Painter, row: &Row, top: f32) -> f32 {
        self.draw_cells(p, row, top);
        let bottom = top + self.height(row);
        let (left, right) = self.span();
        p.hline(left, right, bottom, 0.3, RULE);
        bottom
    }

    /// The row on a band (a subtotal, a total), without a rule; returns its bottom.
    pub fn draw_band_row(&self, p: &mut Painter, row: &Row, top: f32) -> f32 {
        let (left, right) = self.span();
        let h = self.height(row);
        p.fill(left, top, right - left, h, BAND);
        self.draw_cells(p, row, top);
        top + h
    }

    /// The height of a [`Table::draw_label_row`] row in style `s`.
    pub fn label_row_height(&self, s: Style) -> f32 {
        leading(s.size) + 2.0 * self.pad
    }

    /// A row that is a label and amounts rather than cells: the label starts in column
    /// `label.0` and may run over the next columns up to the first amount; each amount
    /// is right-aligned in its column. On a band when `band`, else ruled below. Returns
    /// its bottom.
    pub fn draw_label_row(
        &self,
        p: &mut Painter,
        top: f32,
        label: (usize, &str),
        amounts: &[(usize, String)],
        s: Style,
        band: bool,
    ) -> f32 {
        let (left, right) = self.span();
        let h = self.label_row_height(s);
        if band {
            p.fill(left, top, right - left, h, BAND);
        }
        let base = top + self.pad + ascent(s.size);
        let (label_col, text) = label;
        if let Some(column) = self.columns.get(label_col) {
            let x = column.x + CELL_PAD;
            let end = amounts
                .iter()
                .filter_map(|(i, _)| self.columns.get(*i))
                .map(|c| c.x)
                .fold(right, f32::min);
            let fitted = p.fitted(s, text, end - x - CELL_PAD);
            p.text(x, base, fitted, text);
        }
        for (i, amount) in amounts {
            if let Some(column) = self.columns.get(*i) {
                let fitted = p.fitted(s, amount, column.room());
                p.text_right(column.x + column.width - CELL_PAD, base, fitted, amount);
            }
        }
        if !band {
            p.hline(left, right, top + h, 0.3, RULE);
        }
        top + h
    }
}

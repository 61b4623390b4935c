//! Running text down a document's pages: where the next block goes, and paragraphs that
//! break across pages the way a typesetter breaks them: never one line alone at the
//! foot or the head of a page, a short paragraph kept whole, and a paragraph's end kept
//! with what must follow it (a table's first rows, a letter's signature).

use crate::letterhead::Continuation;
use crate::painter::{ascent, leading, Painter, Style};

/// A paragraph this many lines long or shorter is never split.
const KEEP_WHOLE: usize = 3;
/// The fewest lines of a split paragraph at a page's foot or head.
const MIN_LINES: usize = 2;

/// Where the next block of a document goes, and how further pages start.
pub struct Flow<'a> {
    pub next: &'a Continuation,
    pub y: f32,
    /// Nothing drawn yet below the header of this page: no space above the next block.
    fresh: bool,
}

impl<'a> Flow<'a> {
    pub fn new(next: &'a Continuation, y: f32) -> Flow<'a> {
        Flow {
            next,
            y,
            fresh: false,
        }
    }

    pub fn new_page(&mut self, p: &mut Painter) {
        self.y = self.next.next_page(p);
        self.fresh = true;
    }

    /// The room left on the page, in mm.
    pub fn room(&self, p: &Painter) -> f32 {
        p.sheet.body_bottom - self.y
    }

    /// A new page unless `height` fits below.
    pub fn ensure(&mut self, p: &mut Painter, height: f32) {
        if height > self.room(p) && !self.fresh {
            self.new_page(p);
        }
    }

    /// Space above the next block, except at the top of a page.
    pub fn gap(&mut self, mm: f32) {
        if !self.fresh {
            self.y += mm;
        }
    }

    /// The next block goes at `y`, below what was just drawn.
    pub fn advance_to(&mut self, y: f32) {
        self.y = y;
        self.fresh = false;
    }

    /// `lines` (already wrapped) at `x`, `lead` mm apart, breaking across pages; the
    /// last lines come with `keep_after` mm of room under them for what follows.
    pub fn lines(
        &mut self,
        p: &mut Painter,
        x: f32,
        s: Style,
        lead: f32,
        lines: &[String],
        keep_after: f32,
    ) {
        let baseline = ascent(s.size) + (lead - leading(s.size)) / 2.0;
        let mut rest = lines;
        while !rest.is_empty() {
            let n = rest.len();
            let fit = ((self.room(p) + 0.01) / lead).floor().max(0.0) as usize;
            let with_next = self.y + n as f32 * lead + keep_after <= p.sheet.body_bottom;
            let take = lines_here(n, fit, with_next, self.fresh);
            for line in &rest[..take] {
                p.text(x, self.y + baseline, s, line);
                self.y += lead;
            }
            if take > 0 {
                self.fresh = false;
            }
            rest = &rest[take..];
            if !rest.is_empty() {
                self.new_page(p);
            }
        }
    }
}

/// How many of a paragraph's `n` remaining lines go on this page, where `fit` lines fit;
/// `with_next` when all `n` fit with what must follow them; `fresh` when nothing is
/// on the page yet (then at least one line goes, or nothing would ever be drawn).
fn lines_here(n: usize, fit: usize, with_next: bool, fresh: bool) -> usize {
    if fit >= n && (with_next || fresh) {
        return n;
    }
    let take = if n <= KEEP_WHOLE {
        // Whole on the next page.
        0
    } else {
        // Split, leaving enough lines for the next page, and enough here.
        let take = fit.min(n - MIN_LINES);
        if take >= MIN_LINES {
            take
        } else {
            0
        }
    };
    if fresh && take == 0 {
        fit.min(n).max(1)
    } else {
        take
    }
}

#[cfg(test)]
mod tests {
    use super::{lines_here, MIN_LINES};

    #[test]
    fn never_a_line_alone_at_the_foot_or_head_of_a_page() {
        // Room for everything, and for what follows.
        assert_eq!(lines_here(5, 10, true, false), 5);
        // Room for the lines but not for what follows: the last two go with it.
        assert_eq!(lines_here(5, 10, false, false), 3);
        // A short paragraph is never split.
        assert_eq!(lines_here(3, 2, false, false), 0);
        assert_eq!(lines_here(3, 10, false, false), 0);
        // Two lines fit: a long paragraph starts here, keeping two for the next page.
        assert_eq!(lines_here(6, 2, false, false), 2);
        assert_eq!(lines_here(6, 5, false, false), 4);
        // One line fits: the paragraph starts on the next page.
        assert_eq!(lines_here(6, 1, false, false), 0);
        // A page of its own: as much as fits, whatever follows.
        assert_eq!(lines_here(3, 10, false, true), 3);
        assert_eq!(lines_here(100, 40, false, true), 40);
        assert_eq!(lines_here(41, 40, false, true), 39);
        assert_eq!(lines_here(2, 0, false, true), 1);
        for n in 1..30 {
            for fit in 0..40 {
                for with_next in [false, true] {
                    let here = lines_here(n, fit, with_next, false);
                    let next = n - here;
                    assert!(here <= n.min(fit), "{n} {fit}: {here}");
                    assert!(here == 0 || here >= MIN_LINES.min(n), "{n} {fit}: {here}");
                    // Split: both sides hold two lines at least.
                    assert!(
                        here == 0 || next == 0 || next >= MIN_LINES,
                        "{n} {fit}: {here}"
                    );
                }
                let here = lines_here(n, fit, false, true);
                assert!(here >= 1 && here <= n, "{n} {fit}: {here}");
            }
        }
    }
}

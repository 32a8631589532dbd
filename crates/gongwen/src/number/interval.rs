//! Intervals of real numbers, derived from the digits an author wrote.

use crate::lexicon::words::Direction;

/// A closed interval `[lo, hi]`; `hi` may be infinite for one-sided
/// statements (以上、突破).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub lo: f64,
    pub hi: f64,
}

/// Relative slack for floating-point noise in comparisons.
const EPS: f64 = 1e-9;

impl Interval {
    pub fn exact(v: f64) -> Self {
        Interval { lo: v, hi: v }
    }

    /// What a figure written with `decimals` decimals may stand for: rounded
    /// to that digit (±half a unit of the last digit) or truncated (up to one
    /// unit more). “7.0” → [6.95, 7.1].
    pub fn written(v: f64, decimals: u32) -> Self {
        let unit = 10f64.powi(-(decimals as i32));
        Interval {
            lo: v - unit / 2.0,
            hi: v + unit,
        }
    }

    /// What a figure rounded to `decimals` decimals may stand for, as a
    /// statistics office rounds a published rate: ±half a unit of the last
    /// digit. “3.8” → [3.75, 3.85].
    pub fn rounded(v: f64, decimals: u32) -> Self {
        let half = 10f64.powi(-(decimals as i32)) / 2.0;
        Interval {
            lo: v - half,
            hi: v + half,
        }
    }

    pub fn overlaps(&self, other: &Interval) -> bool {
        let slack = EPS * (1.0 + self.hi.abs().min(other.hi.abs()));
        self.lo <= other.hi + slack && other.lo <= self.hi + slack
    }

    pub fn contains(&self, v: f64) -> bool {
        let slack = EPS * (1.0 + v.abs());
        self.lo - slack <= v && v <= self.hi + slack
    }

    /// `self / other` for positive intervals.
    pub fn div(&self, other: &Interval) -> Interval {
        Interval {
            lo: self.lo / other.hi,
            hi: self.hi / other.lo,
        }
    }

    pub fn add(&self, other: &Interval) -> Interval {
        Interval {
            lo: self.lo + other.lo,
            hi: self.hi + other.hi,
        }
    }

    /// Growth in percent → growth factor: 7% → [1.07].
    pub fn growth_factor(&self) -> Interval {
        Interval {
            lo: 1.0 + self.lo / 100.0,
            hi: 1.0 + self.hi / 100.0,
        }
    }

    /// A change in percent → the factor it multiplies by: +7% → [1.07],
    /// −7% (down) → [0.93].
    pub fn change_factor(&self, direction: Direction) -> Interval {
        if direction == Direction::Up {
            self.growth_factor()
        } else {
            Interval {
                lo: 1.0 - self.hi / 100.0,
                hi: 1.0 - self.lo / 100.0,
            }
        }
    }

    pub fn scale(&self, factor: f64) -> Interval {
        Interval {
            lo: self.lo * factor,
            hi: self.hi * factor,
        }
    }

    /// Whether some integer ≥ `min` lies inside.
    pub fn holds_integer(&self, min: f64) -> bool {
        let lo = (self.lo - EPS * (1.0 + self.lo.abs())).ceil().max(min);
        lo <= self.hi + EPS * (1.0 + self.hi.abs())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_figures_allow_rounding_and_truncation() {
        let i = Interval::written(99.5, 1);
        assert!(i.contains(99.59) && i.contains(99.45) && !i.contains(99.61));
        let base = Interval::exact(21.0).div(&Interval::written(163.0, 0).growth_factor());
        assert!(base.holds_integer(1.0), "{base:?}");
        let base = Interval::exact(32.0).div(&Interval::written(38.8, 1).growth_factor());
        assert!(!base.holds_integer(1.0), "{base:?}");
    }
}

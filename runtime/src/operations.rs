//! A count of elementary operations (key comparisons, rule nodes visited),
//! per thread, so that tests assert that a cost grows linearly with its
//! input by counting, not by timing (a timed test fails on a busy machine).

use std::cell::Cell;

thread_local! {
    static N: Cell<u64> = const { Cell::new(0) };
}

/// One more operation.
#[inline]
pub fn compter() {
    N.with(|n| n.set(n.get().wrapping_add(1)));
}

/// Operations counted on this thread since the last `remettre`.
pub fn total() -> u64 {
    N.with(Cell::get)
}

/// Starts counting again from zero.
pub fn remettre() {
    N.with(|n| n.set(0));
}

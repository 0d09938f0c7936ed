//! `valider()` on a valid report allocates nothing (issue 22): findings'
//! paths and messages are built only when there is a finding. An allocator
//! that counts, on this thread only, what is allocated while it is asked to.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

struct Compteur;

thread_local! {
    static ACTIF: Cell<bool> = const { Cell::new(false) };
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: every call goes to `System` unchanged; the count is a side note.
unsafe impl GlobalAlloc for Compteur {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        compter();
        // SAFETY: the caller's contract, passed on.
        unsafe { System.alloc(l) }
    }
    unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
        compter();
        // SAFETY: the caller's contract, passed on.
        unsafe { System.alloc_zeroed(l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, taille: usize) -> *mut u8 {
        compter();
        // SAFETY: the caller's contract, passed on.
        unsafe { System.realloc(p, l, taille) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        // SAFETY: the caller's contract, passed on.
        unsafe { System.dealloc(p, l) }
    }
}

fn compter() {
    // `try_with`: the thread's locals may be gone while it ends.
    let _ = ACTIF.try_with(|a| {
        if a.get() {
            let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        }
    });
}

#[global_allocator]
static GLOBAL: Compteur = Compteur;

/// The allocations `f` makes on this thread.
fn allocations<T>(f: impl FnOnce() -> T) -> (T, usize) {
    ALLOCATIONS.with(|n| n.set(0));
    ACTIF.with(|a| a.set(true));
    let r = f();
    ACTIF.with(|a| a.set(false));
    (r, ALLOCATIONS.with(Cell::get))
}

#[test]
fn valider_un_rapport_valide_n_alloue_rien() {
    use generated::rama_2026::Rapport;
    let payload = include_str!("donnees/rama-2026.json");
    let rapport = Rapport::depuis_payload(payload).unwrap();
    assert!(!rapport.effectifs.is_empty(), "des lignes à parcourir");
    // A first call builds what is built once (the motifs' automata).
    assert!(rapport.valider().is_empty());
    let (constats, n) = allocations(|| rapport.valider());
    assert!(constats.is_empty(), "{constats}");
    assert_eq!(n, 0, "allocations pendant valider() d'un rapport valide");
}

#[test]
fn un_constat_est_construit_quand_il_y_en_a_un() {
    use generated::rama_2026::Rapport;
    let payload = include_str!("donnees/rama-2026.json");
    let mut rapport = Rapport::depuis_payload(payload).unwrap();
    rapport.effectifs[1].etp = Some(sidoba::Decimal::ZERO);
    let (constats, n) = allocations(|| rapport.valider());
    assert!(n > 0);
    let chemins: Vec<_> = constats.iter().map(|c| c.chemin.as_str()).collect();
    assert!(chemins.contains(&"effectifs[1]"), "{chemins:?}");
}

//! Un compte des opérations élémentaires (comparaisons de clés, nœuds de
//! règle visités), par fil d'exécution : les tests vérifient qu'un coût
//! croît linéairement avec l'entrée en comptant, pas en chronométrant (un
//! test chronométré échoue sur une machine chargée).

use std::cell::Cell;

thread_local! {
    static N: Cell<u64> = const { Cell::new(0) };
}

/// Une opération de plus.
#[inline]
pub fn compter() {
    N.with(|n| n.set(n.get().wrapping_add(1)));
}

/// Les opérations comptées sur ce fil depuis le dernier `remettre`.
pub fn total() -> u64 {
    N.with(Cell::get)
}

/// Recommence le compte à zéro.
pub fn remettre() {
    N.with(|n| n.set(0));
}

//! Field constraints, shared by generated validators and `sidoba validate`.
//!
//! Each function checks one present value and returns whether it passed:
//! a value that fails its own field's checks counts as not filled for the
//! rules (WS05 contract).

use crate::descripteur::{Bloc, Champ, Genre, Nomenclature};
use crate::{CodeConstat, Constat, Date, Decimal};

/// Where we are in the payload: `""` at top level, `"effectifs[1]."` in a row.
/// Paths are only formatted when a finding is made; the prefix itself is
/// kept inline (no allocation) while it is short, so that walking the rows
/// of a valid report allocates nothing.
#[derive(Clone)]
pub struct Chemin(Tampon);

/// The prefix's bytes: inline up to `EN_LIGNE`, on the heap beyond.
#[derive(Clone)]
enum Tampon {
    EnLigne { octets: [u8; EN_LIGNE], longueur: u8 },
    Tas(String),
}

/// Enough for a row of a row (`un_bloc[12].un_autre_bloc[3].`).
const EN_LIGNE: usize = 96;

impl Chemin {
    pub fn racine() -> Chemin {
        Chemin(Tampon::EnLigne {
            octets: [0; EN_LIGNE],
            longueur: 0,
        })
    }

    fn texte(&self) -> &str {
        match &self.0 {
            // Only whole `str`s are ever copied in (see `ligne`).
            Tampon::EnLigne { octets, longueur } => {
                std::str::from_utf8(&octets[..usize::from(*longueur)]).unwrap_or_default()
            }
            Tampon::Tas(s) => s,
        }
    }

    /// The path of a field or block here.
    pub fn de(&self, code: &str) -> String {
        let prefixe = self.texte();
        let mut s = String::with_capacity(prefixe.len() + code.len());
        s.push_str(prefixe);
        s.push_str(code);
        s
    }

    /// The prefix for row `i` of block `code`.
    pub fn ligne(&self, code: &str, i: usize) -> Chemin {
        let prefixe = self.texte();
        let mut index = itoa::Buffer::new();
        let index = index.format(i);
        let parties = [prefixe, code, "[", index, "]."];
        let n: usize = parties.iter().map(|p| p.len()).sum();
        if n <= EN_LIGNE {
            let mut octets = [0; EN_LIGNE];
            let mut k = 0;
            for p in parties {
                octets[k..k + p.len()].copy_from_slice(p.as_bytes());
                k += p.len();
            }
            // `n <= EN_LIGNE < 256`.
            let longueur = u8::try_from(n).unwrap_or(u8::MAX);
            Chemin(Tampon::EnLigne { octets, longueur })
        } else {
            Chemin(Tampon::Tas(parties.concat()))
        }
    }

    /// The path of row `i` itself (`effectifs[1]`), for row rules.
    pub fn sans_point(&self) -> &str {
        let s = self.texte();
        s.strip_suffix('.').unwrap_or(s)
    }
}

impl Default for Chemin {
    fn default() -> Chemin {
        Chemin::racine()
    }
}

impl PartialEq for Chemin {
    fn eq(&self, autre: &Chemin) -> bool {
        self.texte() == autre.texte()
    }
}

impl Eq for Chemin {}

impl std::fmt::Debug for Chemin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Chemin").field(&self.texte()).finish()
    }
}

/// `« Libellé »`, the way messages name a field.
pub fn nom(libelle: &str) -> String {
    format!("« {libelle} »")
}

pub(crate) fn constat(
    chemin: &Chemin,
    champ: &Champ<'_>,
    code: CodeConstat,
    message: String,
) -> Constat {
    Constat::champ(chemin.de(champ.code), code, message)
}

/// ` (valeur : 12)` unless the field is personal data.
fn valeur(champ: &Champ<'_>, v: impl std::fmt::Display) -> String {
    if champ.personnel {
        String::new()
    } else {
        format!(" (valeur : {v})")
    }
}

/// A field that is not filled.
pub fn absent(out: &mut Vec<Constat>, chemin: &Chemin, champ: &Champ<'_>) {
    if champ.obligatoire {
        let m = format!(
            // "Le champ" agrees whatever the label's gender.
            "Le champ {} est obligatoire et n'est pas renseigné.",
            nom(champ.libelle)
        );
        out.push(constat(chemin, champ, CodeConstat::Obligatoire, m));
    }
}

fn bornes<T: PartialOrd + std::fmt::Display>(
    out: &mut Vec<Constat>,
    chemin: &Chemin,
    champ: &Champ<'_>,
    v: &T,
    min: Option<&T>,
    max: Option<&T>,
) -> bool {
    if let Some(min) = min.filter(|m| v < *m) {
        let m = format!(
            "{} est inférieur au minimum {min}{}.",
            nom(champ.libelle),
            valeur(champ, v)
        );
        out.push(constat(chemin, champ, CodeConstat::Min, m));
        return false;
    }
    if let Some(max) = max.filter(|m| v > *m) {
        let m = format!(
            "{} est supérieur au maximum {max}{}.",
            nom(champ.libelle),
            valeur(champ, v)
        );
        out.push(constat(chemin, champ, CodeConstat::Max, m));
        return false;
    }
    true
}

pub fn entier(out: &mut Vec<Constat>, chemin: &Chemin, champ: &Champ<'_>, v: i64) -> bool {
    let Genre::Entier { min, max } = &champ.genre else {
        return true;
    };
    bornes(out, chemin, champ, &v, min.as_ref(), max.as_ref())
}

/// Digits after the point that carry value (`6.50` has one).
pub fn decimales_significatives(v: &Decimal) -> u32 {
    v.normalize().scale()
}

pub fn decimal(out: &mut Vec<Constat>, chemin: &Chemin, champ: &Champ<'_>, v: &Decimal) -> bool {
    let Genre::Decimal {
        decimales,
        min,
        max,
    } = &champ.genre
    else {
        return true;
    };
    let mut ok = true;
    if decimales_significatives(v) > *decimales {
        let m = format!(
            "{} admet au plus {decimales} chiffre(s) après la virgule{}.",
            nom(champ.libelle),
            valeur(champ, v)
        );
        out.push(constat(chemin, champ, CodeConstat::Decimales, m));
        ok = false;
    }
    bornes(out, chemin, champ, v, min.as_ref(), max.as_ref()) && ok
}

pub fn texte(out: &mut Vec<Constat>, chemin: &Chemin, champ: &Champ<'_>, v: &str) -> bool {
    let Genre::Texte {
        longueur_min,
        longueur_max,
        motif,
    } = &champ.genre
    else {
        return true;
    };
    let mut ok = true;
    let n = v.chars().count() as u64;
    // A personal value's length tells something of it: not given.
    let compte = |trop: &str| {
        if champ.personnel {
            format!("compte {trop} de caractères")
        } else {
            format!("compte {n} caractère(s)")
        }
    };
    if let Some(min) = longueur_min.filter(|&m| n < m) {
        let m = format!(
            "{} {}, il en faut au moins {min}.",
            nom(champ.libelle),
            compte("trop peu")
        );
        out.push(constat(chemin, champ, CodeConstat::LongueurMin, m));
        ok = false;
    }
    if let Some(max) = longueur_max.filter(|&m| n > m) {
        let m = format!(
            "{} {}, au plus {max} sont admis.",
            nom(champ.libelle),
            compte("trop")
        );
        out.push(constat(chemin, champ, CodeConstat::LongueurMax, m));
        ok = false;
    }
    if let Some(motif) = motif.filter(|m| !m.accepte(v)) {
        let vu = if champ.personnel {
            String::new()
        } else {
            format!(" (valeur : « {v} »)")
        };
        let m = format!(
            "{} ne respecte pas le format attendu « {} »{vu}.",
            nom(champ.libelle),
            motif.source
        );
        out.push(constat(chemin, champ, CodeConstat::Motif, m));
        ok = false;
    }
    ok
}

pub fn date(out: &mut Vec<Constat>, chemin: &Chemin, champ: &Champ<'_>, v: Date) -> bool {
    let Genre::Date { min, max } = &champ.genre else {
        return true;
    };
    bornes(out, chemin, champ, &v, min.as_ref(), max.as_ref())
}

/// `« Libellé »`, or `« Libellé », élément 2` for an element of a
/// `multiple` field's array.
fn nom_element(champ: &Champ<'_>, element: Option<usize>) -> String {
    match element {
        Some(e) => format!("{}, élément {e}", nom(champ.libelle)),
        None => nom(champ.libelle),
    }
}

/// `le code « X »`, or `un code` for personal data.
fn le_code(champ: &Champ<'_>, code: &str) -> String {
    if champ.personnel {
        "un code".to_owned()
    } else {
        format!("le code « {code} »")
    }
}

/// The `nomenclature` message of an unknown code (element `element` of a
/// `multiple` field's array), with the closest codes unless personal.
pub(crate) fn message_inconnu(
    champ: &Champ<'_>,
    n: &Nomenclature<'_>,
    element: Option<usize>,
    code: &str,
) -> String {
    format!(
        "{} : {} n'existe pas dans la nomenclature « {} »{}.",
        nom_element(champ, element),
        le_code(champ, code),
        n.libelle,
        if champ.personnel {
            String::new()
        } else {
            crate::proches::suggestion(code, n.valeurs.iter().map(|v| v.code))
        }
    )
}

/// A repeated code at element `element` (its first repetition).
pub(crate) fn doublon(chemin: &Chemin, champ: &Champ<'_>, element: usize, code: &str) -> Constat {
    let m = format!(
        "{} : {} figure déjà plus haut dans le tableau.",
        nom_element(champ, Some(element)),
        le_code(champ, code)
    );
    constat(chemin, champ, CodeConstat::Doublon, m)
}

/// An inactive code's finding, if value `i` is inactive; false when it is
/// (or `i` is not in the list).
pub(crate) fn inactif(
    out: &mut Vec<Constat>,
    chemin: &Chemin,
    champ: &Champ<'_>,
    n: &Nomenclature<'_>,
    i: usize,
    element: Option<usize>,
) -> bool {
    let Some(v) = n.valeurs.get(i) else {
        return false;
    };
    if !v.actif {
        let code = if champ.personnel {
            "un code".to_owned()
        } else {
            format!("le code « {} » ({})", v.code, v.libelle)
        };
        let m = format!(
            "{} : {code} n'est plus accepté dans la nomenclature « {} ».",
            nom_element(champ, element),
            n.libelle
        );
        out.push(constat(chemin, champ, CodeConstat::ValeurInactive, m));
    }
    v.actif
}

/// A single code, as its position in the field's code list.
pub fn code(out: &mut Vec<Constat>, chemin: &Chemin, champ: &Champ<'_>, index: usize) -> bool {
    let Genre::Code { nomenclature, .. } = &champ.genre else {
        return true;
    };
    inactif(out, chemin, champ, nomenclature, index, None)
}

/// A set of codes (distinct by construction), in list order. Of personal
/// data, the inactive codes make one finding: one each, their messages
/// (which cannot name them) would be identical.
pub fn codes(
    out: &mut Vec<Constat>,
    chemin: &Chemin,
    champ: &Champ<'_>,
    index: impl IntoIterator<Item = usize>,
) -> bool {
    codes_dyn(out, chemin, champ, &mut index.into_iter())
}

// Not generic: one copy for every list, whatever the iterator.
fn codes_dyn(
    out: &mut Vec<Constat>,
    chemin: &Chemin,
    champ: &Champ<'_>,
    index: &mut dyn Iterator<Item = usize>,
) -> bool {
    let Genre::Code { nomenclature, .. } = &champ.genre else {
        return true;
    };
    let mut inactifs = Vec::new();
    // Every inactive code is reported, so no short-circuit.
    let mut ok = true;
    for i in index {
        ok &= inactif(&mut inactifs, chemin, champ, nomenclature, i, None);
    }
    match inactifs.len() {
        n if n > 1 && champ.personnel => {
            let m = format!(
                "{} : {n} codes ne sont plus acceptés dans la nomenclature « {} ».",
                nom(champ.libelle),
                nomenclature.libelle
            );
            out.push(constat(chemin, champ, CodeConstat::ValeurInactive, m));
        }
        _ => out.append(&mut inactifs),
    }
    ok
}

/// Row count of a repeatable block.
pub fn lignes(out: &mut Vec<Constat>, chemin: &Chemin, bloc: &Bloc<'_>, n: usize) -> bool {
    let n = n as u64;
    if let Some(min) = bloc.min_lignes.filter(|&m| n < m) {
        let m = format!(
            "{} compte {n} ligne(s), il en faut au moins {min}.",
            nom(bloc.libelle)
        );
        out.push(Constat::champ(
            chemin.de(bloc.code),
            CodeConstat::LignesMin,
            m,
        ));
        return false;
    }
    if let Some(max) = bloc.max_lignes.filter(|&m| n > m) {
        let m = format!(
            "{} compte {n} ligne(s), au plus {max} sont admises.",
            nom(bloc.libelle)
        );
        out.push(Constat::champ(
            chemin.de(bloc.code),
            CodeConstat::LignesMax,
            m,
        ));
        return false;
    }
    true
}

/// Walks a report's values in model order and collects findings; rejections
/// made while reading are emitted in place of the field's own checks.
pub struct Verificateur<'r> {
    out: Vec<Constat>,
    rejets: &'r crate::Rejets,
    chemin: Chemin,
}

impl<'r> Verificateur<'r> {
    pub fn new(rejets: &'r crate::Rejets) -> Verificateur<'r> {
        Verificateur {
            out: Vec::new(),
            rejets,
            chemin: Chemin::racine(),
        }
    }

    pub fn finir(self) -> Vec<Constat> {
        self.out
    }

    /// Where findings go (rules add theirs after the fields).
    pub fn sortie(&mut self) -> &mut Vec<Constat> {
        &mut self.out
    }

    /// True when reading rejected this field: its findings are out already.
    fn rejete(&mut self, code: &str) -> bool {
        self.rejets.champ(&mut self.out, &self.chemin, code)
    }

    fn verifier<T>(
        &mut self,
        champ: &Champ<'_>,
        v: Option<T>,
        f: impl FnOnce(&mut Vec<Constat>, &Chemin, &Champ<'_>, T) -> bool,
    ) {
        if self.rejete(champ.code) {
            return;
        }
        match v {
            Some(v) => {
                f(&mut self.out, &self.chemin, champ, v);
            }
            None => absent(&mut self.out, &self.chemin, champ),
        }
    }

    /// A field that holds nothing.
    pub fn absent(&mut self, champ: &Champ<'_>) {
        self.verifier::<()>(champ, None, |_, _, _, _| true);
    }

    pub fn entier(&mut self, champ: &Champ<'_>, v: Option<i64>) {
        self.verifier(champ, v, entier);
    }

    pub fn decimal(&mut self, champ: &Champ<'_>, v: Option<&Decimal>) {
        self.verifier(champ, v, decimal);
    }

    /// `""` is not filled, as when read from a payload.
    pub fn texte(&mut self, champ: &Champ<'_>, v: Option<&str>) {
        self.verifier(champ, v.filter(|v| !v.is_empty()), texte);
    }

    pub fn booleen(&mut self, champ: &Champ<'_>, v: Option<bool>) {
        self.verifier(champ, v, |_, _, _, _| true);
    }

    pub fn date(&mut self, champ: &Champ<'_>, v: Option<Date>) {
        self.verifier(champ, v, date);
    }

    /// A code, by its position in the list.
    pub fn code_index(&mut self, champ: &Champ<'_>, v: Option<usize>) {
        self.verifier(champ, v, code);
    }

    pub fn code<C: crate::Code>(&mut self, champ: &Champ<'_>, v: Option<C>) {
        self.code_index(champ, v.map(C::index));
    }

    /// A `multiple` code field, by positions in the list; no code is not
    /// filled.
    pub fn codes_index(&mut self, champ: &Champ<'_>, v: Option<&[usize]>) {
        let v = v.filter(|v| !v.is_empty());
        self.verifier(champ, v, |o, c, ch, v| codes(o, c, ch, v.iter().copied()));
    }

    pub fn codes<C: crate::Code>(&mut self, champ: &Champ<'_>, v: Option<&crate::Codes<C>>) {
        let v = v.filter(|v| !v.is_empty());
        self.verifier(champ, v, |o, c, ch, v| {
            codes(o, c, ch, v.iter().map(C::index))
        });
    }

    /// A repeatable block: its row count, then each row's fields (by
    /// `ligne`) and unknown keys.
    pub fn lignes<L>(
        &mut self,
        bloc: &Bloc<'_>,
        rangees: &[L],
        mut ligne: impl FnMut(&L, &mut Self),
    ) {
        if self.rejete(bloc.code) {
            return;
        }
        lignes(&mut self.out, &self.chemin, bloc, rangees.len());
        for (i, l) in rangees.iter().enumerate() {
            let parent = std::mem::replace(&mut self.chemin, Chemin::racine());
            self.chemin = parent.ligne(bloc.code, i);
            if !self.rejets.ligne(&mut self.out, &self.chemin) {
                ligne(l, self);
                self.inconnus();
            }
            self.chemin = parent;
        }
    }

    /// Unknown keys of the current object (after its fields).
    pub fn inconnus(&mut self) {
        self.rejets.inconnus(&mut self.out, &self.chemin);
    }
}

/// What the rules see of a value: the value if it passed its own field's
/// checks, else nothing (WS05: such a value counts as not filled).
pub mod pour_regles {
    use super::*;
    use crate::{Code, Codes};

    fn garde<T>(v: Option<T>, f: impl FnOnce(&mut Vec<Constat>, &T) -> bool) -> Option<T> {
        let v = v?;
        let mut poubelle = Vec::new();
        f(&mut poubelle, &v).then_some(v)
    }

    pub fn entier(champ: &Champ<'_>, v: Option<i64>) -> Option<Decimal> {
        garde(v, |o, v| super::entier(o, &Chemin::racine(), champ, *v)).map(Decimal::from)
    }

    pub fn decimal(champ: &Champ<'_>, v: Option<&Decimal>) -> Option<Decimal> {
        garde(v, |o, v| super::decimal(o, &Chemin::racine(), champ, v)).copied()
    }

    /// `""` is not filled.
    pub fn texte<'v>(champ: &Champ<'_>, v: Option<&'v str>) -> Option<&'v str> {
        garde(v.filter(|v| !v.is_empty()), |o, v| {
            super::texte(o, &Chemin::racine(), champ, v)
        })
    }

    pub fn date(champ: &Champ<'_>, v: Option<Date>) -> Option<Date> {
        garde(v, |o, v| super::date(o, &Chemin::racine(), champ, *v))
    }

    /// A code by its position in the list; gives the code itself.
    pub fn code_index<'a>(champ: &Champ<'a>, v: Option<usize>) -> Option<&'a str> {
        let i = garde(v, |o, i| super::code(o, &Chemin::racine(), champ, *i))?;
        match &champ.genre {
            Genre::Code { nomenclature, .. } => Some(nomenclature.valeurs.get(i)?.code),
            _ => None,
        }
    }

    /// `multiple` codes by their positions; none is not filled.
    pub fn codes_index<'v>(champ: &Champ<'_>, v: Option<&'v [usize]>) -> Option<&'v [usize]> {
        garde(v.filter(|v| !v.is_empty()), |o, x| {
            super::codes(o, &Chemin::racine(), champ, x.iter().copied())
        })
    }

    pub fn code<C: Code>(champ: &Champ<'_>, v: Option<C>) -> Option<C> {
        garde(v, |o, v| {
            super::code(o, &Chemin::racine(), champ, v.index())
        })
    }

    pub fn codes<'v, C: Code>(champ: &Champ<'_>, v: Option<&'v Codes<C>>) -> Option<&'v Codes<C>> {
        garde(v.filter(|v| !v.is_empty()), |o, v| {
            super::codes(o, &Chemin::racine(), champ, v.iter().map(C::index))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Chemin;

    #[test]
    fn a_path_reads_the_same_inline_and_on_the_heap() {
        let court = Chemin::racine().ligne("effectifs", 12);
        assert_eq!(court.de("etp"), "effectifs[12].etp");
        assert_eq!(court.sans_point(), "effectifs[12]");
        let long_code = "b".repeat(120);
        let long = court.ligne(&long_code, 3);
        assert_eq!(long.de("x"), format!("effectifs[12].{long_code}[3].x"));
        assert_eq!(long.sans_point(), format!("effectifs[12].{long_code}[3]"));
        assert_eq!(long.clone(), long);
        assert_ne!(long, court);
        assert_eq!(Chemin::default(), Chemin::racine());
        assert_eq!(Chemin::racine().de("a"), "a");
    }
}

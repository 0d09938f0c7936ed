//! Les contraintes de champ, partagées par les validateurs générés et
//! `sidoba validate`.
//!
//! Chaque fonction contrôle une valeur présente et dit si elle a passé : une
//! valeur qui échoue aux contrôles de son propre champ compte comme non
//! renseignée pour les règles (contrat WS05).

use crate::descripteur::{Bloc, Champ, Genre, Nomenclature};
use crate::{CodeConstat, Constat, Date, Decimal};

pub use crate::chemin::Chemin;

/// `« Libellé »`, la façon dont les messages nomment un champ.
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

/// ` (valeur : 12)`, sauf pour une donnée personnelle.
fn valeur(champ: &Champ<'_>, v: impl std::fmt::Display) -> String {
    if champ.personnel {
        String::new()
    } else {
        format!(" (valeur : {v})")
    }
}

/// Un champ non renseigné.
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

/// Les chiffres après la virgule qui ont une valeur (`6.50` en a un).
pub fn decimales_significatives(v: &Decimal) -> u32 {
    // Without trailing zeros already when the scale is 0.
    if v.scale() == 0 {
        return 0;
    }
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
    // Fewer digits than allowed need no normalizing (`6.50` at 2 places).
    if v.scale() > *decimales && decimales_significatives(v) > *decimales {
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

/// `« Libellé »`, ou `« Libellé », élément 2` pour un élément du tableau
/// d'un champ `multiple`.
fn nom_element(champ: &Champ<'_>, element: Option<usize>) -> String {
    match element {
        Some(e) => format!("{}, élément {e}", nom(champ.libelle)),
        None => nom(champ.libelle),
    }
}

/// `le code « X »`, ou `un code` pour une donnée personnelle.
fn le_code(champ: &Champ<'_>, code: &str) -> String {
    if champ.personnel {
        "un code".to_owned()
    } else {
        format!("le code « {code} »")
    }
}

/// Le message `nomenclature` d'un code inconnu (élément `element` du tableau
/// d'un champ `multiple`), avec les codes proches sauf pour une donnée
/// personnelle.
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

/// Un code répété à l'élément `element` (sa première répétition).
pub(crate) fn doublon(chemin: &Chemin, champ: &Champ<'_>, element: usize, code: &str) -> Constat {
    let m = format!(
        "{} : {} figure déjà plus haut dans le tableau.",
        nom_element(champ, Some(element)),
        le_code(champ, code)
    );
    constat(chemin, champ, CodeConstat::Doublon, m)
}

/// Émet le constat d'un code inactif si la valeur `i` est inactive ; rend
/// `false` quand elle l'est (ou quand `i` n'est pas dans la liste).
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

/// Un code seul, donné par sa place dans la nomenclature du champ.
pub fn code(out: &mut Vec<Constat>, chemin: &Chemin, champ: &Champ<'_>, index: usize) -> bool {
    let Genre::Code { nomenclature, .. } = &champ.genre else {
        return true;
    };
    inactif(out, chemin, champ, nomenclature, index, None)
}

/// Un ensemble de codes (distincts par construction), dans l'ordre de la
/// nomenclature. Pour une donnée personnelle, les codes inactifs font un
/// seul constat : un chacun, leurs messages (qui ne peuvent pas les nommer)
/// seraient identiques.
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

/// Le nombre de lignes d'un bloc répétable.
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

/// Parcourt les valeurs d'un rapport dans l'ordre du modèle et recueille les
/// constats ; les refus faits à la lecture sont émis à la place des
/// contrôles du champ.
pub struct Verificateur<'r> {
    out: Vec<Constat>,
    rejets: &'r crate::Rejets,
    /// No reading findings (the common case): nothing to look up per field.
    sans_rejets: bool,
    chemin: Chemin,
}

impl<'r> Verificateur<'r> {
    pub fn new(rejets: &'r crate::Rejets) -> Verificateur<'r> {
        Verificateur {
            out: Vec::new(),
            rejets,
            sans_rejets: rejets.is_empty(),
            chemin: Chemin::racine(),
        }
    }

    pub fn finir(self) -> Vec<Constat> {
        self.out
    }

    /// Où vont les constats (les règles ajoutent les leurs après les champs).
    pub fn sortie(&mut self) -> &mut Vec<Constat> {
        &mut self.out
    }

    /// True when reading rejected this field: its findings are out already.
    #[inline]
    fn rejete(&mut self, code: &str) -> bool {
        !self.sans_rejets && self.rejets.champ(&mut self.out, &self.chemin, code)
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

    /// Un champ qui ne contient rien.
    pub fn absent(&mut self, champ: &Champ<'_>) {
        self.verifier::<()>(champ, None, |_, _, _, _| true);
    }

    pub fn entier(&mut self, champ: &Champ<'_>, v: Option<i64>) {
        self.verifier(champ, v, entier);
    }

    pub fn decimal(&mut self, champ: &Champ<'_>, v: Option<&Decimal>) {
        self.verifier(champ, v, decimal);
    }

    /// `""` n'est pas renseigné, comme à la lecture d'un payload.
    pub fn texte(&mut self, champ: &Champ<'_>, v: Option<&str>) {
        self.verifier(champ, v.filter(|v| !v.is_empty()), texte);
    }

    pub fn booleen(&mut self, champ: &Champ<'_>, v: Option<bool>) {
        self.verifier(champ, v, |_, _, _, _| true);
    }

    pub fn date(&mut self, champ: &Champ<'_>, v: Option<Date>) {
        self.verifier(champ, v, date);
    }

    /// Un code, par sa place dans la nomenclature.
    pub fn code_index(&mut self, champ: &Champ<'_>, v: Option<usize>) {
        self.verifier(champ, v, code);
    }

    pub fn code<C: crate::Code>(&mut self, champ: &Champ<'_>, v: Option<C>) {
        self.code_index(champ, v.map(C::index));
    }

    /// Un champ de codes `multiple`, par leurs places dans la nomenclature ;
    /// aucun code, c'est non renseigné.
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

    /// Un bloc répétable : son nombre de lignes, puis les champs de chaque
    /// ligne (par `ligne`) et les clés inconnues.
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
            // The row's prefix in place, not a new path per row.
            let parent = self.chemin.entrer(bloc.code, i);
            if self.sans_rejets || !self.rejets.ligne(&mut self.out, &self.chemin) {
                ligne(l, self);
                self.inconnus();
            }
            self.chemin.sortir(parent);
        }
    }

    /// Les clés inconnues de l'objet courant (après ses champs).
    pub fn inconnus(&mut self) {
        self.rejets.inconnus(&mut self.out, &self.chemin);
    }
}

/// Ce que les règles voient d'une valeur : la valeur si elle a passé les
/// contrôles de son propre champ, rien sinon (WS05 : une telle valeur compte
/// comme non renseignée).
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

    /// The same, kept an integer (the compiled rules' integer path).
    pub fn entier_64(champ: &Champ<'_>, v: Option<i64>) -> Option<i64> {
        garde(v, |o, v| super::entier(o, &Chemin::racine(), champ, *v))
    }

    pub fn decimal(champ: &Champ<'_>, v: Option<&Decimal>) -> Option<Decimal> {
        garde(v, |o, v| super::decimal(o, &Chemin::racine(), champ, v)).copied()
    }

    /// `""` n'est pas renseigné.
    pub fn texte<'v>(champ: &Champ<'_>, v: Option<&'v str>) -> Option<&'v str> {
        garde(v.filter(|v| !v.is_empty()), |o, v| {
            super::texte(o, &Chemin::racine(), champ, v)
        })
    }

    pub fn date(champ: &Champ<'_>, v: Option<Date>) -> Option<Date> {
        garde(v, |o, v| super::date(o, &Chemin::racine(), champ, *v))
    }

    /// Un code par sa place dans la nomenclature ; rend le code lui-même.
    pub fn code_index<'a>(champ: &Champ<'a>, v: Option<usize>) -> Option<&'a str> {
        let i = garde(v, |o, i| super::code(o, &Chemin::racine(), champ, *i))?;
        match &champ.genre {
            Genre::Code { nomenclature, .. } => Some(nomenclature.valeurs.get(i)?.code),
            _ => None,
        }
    }

    /// Des codes `multiple` par leurs places ; aucun, c'est non renseigné.
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

    #[test]
    fn entering_a_row_in_place_is_the_rows_path_and_leaving_restores_it() {
        let mut c = Chemin::racine();
        let racine = c.entrer("effectifs", 2);
        assert_eq!(c, Chemin::racine().ligne("effectifs", 2));
        let long_code = "b".repeat(120);
        let ligne = c.entrer(&long_code, 7);
        assert_eq!(c.de("x"), format!("effectifs[2].{long_code}[7].x"));
        c.sortir(ligne);
        assert_eq!(c.de("x"), "effectifs[2].x");
        c.sortir(racine);
        assert_eq!(c.de("x"), "x");
    }
}

//! Ce que chaque type de valeur sait faire d'une place de struct : la
//! lire, la contrôler, l'écrire, la rendre (FHIR, CDA). Une impl par type
//! Rust, partagée par tous les champs de ce type.

use super::disposition::{Description, Structure, Valeur};
#[cfg(feature = "usager")]
use super::parcours::parcourir;
use super::parcours::{ecrire, lire_objet, verifier};
use crate::derive::modele::Modele;
use crate::descripteur::{Champ, Genre};
use crate::ecriture::Objet;
use crate::flux::Flux;
use crate::jeton::ErreurJson;
use crate::lecture::Lecteur;
#[cfg(feature = "usager")]
use crate::usager::{Rendu, Sortie};
use crate::verif::{Chemin, Verificateur};
use crate::{Code, Codes, Date, Decimal};

/// A member whose description does not fit its type: cannot happen in
/// generated code; its value is skipped, so that reading goes on.
fn sauter(f: &mut Flux<'_>) -> Result<(), ErreurJson> {
    let v = f.valeur()?;
    f.sauter(&v)
}

/// Reads a field's value into `place` with `lire`; a member whose
/// description is not a field's is skipped ([`sauter`]).
#[inline]
fn lire_champ<T>(
    place: &mut T,
    d: &Description,
    f: &mut Flux<'_>,
    lire: impl FnOnce(&Champ<'_>, &mut Flux<'_>) -> Result<T, ErreurJson>,
) -> Result<(), ErreurJson> {
    match d {
        Description::Champ(champ) => {
            *place = lire(champ, f)?;
            Ok(())
        }
        Description::Lignes(_) => sauter(f),
    }
}

macro_rules! scalaire {
    ($t:ty, $lire:ident, |$v:ident| $verif:expr, |$o:ident, $code:ident, $d:ident| $ecrire:expr,
     |$r:ident| $rendu:expr) => {
        // `i64::from` on an `i64`.
        #[allow(clippy::useless_conversion)]
        impl Valeur for Option<$t> {
            fn lire(
                &mut self,
                l: &mut Lecteur,
                c: &Chemin,
                d: &Description,
                f: &mut Flux<'_>,
            ) -> Result<(), ErreurJson> {
                lire_champ(self, d, f, |champ, f| l.$lire(c, champ, f))
            }
            fn verifier(&self, v: &mut Verificateur<'_>, d: &Description) {
                if let Description::Champ(champ) = d {
                    let $v = self;
                    v.$lire(champ, $verif);
                }
            }
            fn ecrire(&self, $o: &mut Objet<'_>, d: &Description) {
                if let Description::Champ($d) = d {
                    let $code = $d.code;
                    let $v = self;
                    $ecrire;
                }
            }
            #[cfg(feature = "usager")]
            fn sortie(&self, s: &mut dyn Sortie, d: &Description) {
                if let (Some($r), Description::Champ(champ)) = (self, d) {
                    s.champ(champ, $rendu);
                }
            }
            fn rempli(&self) -> bool {
                self.is_some()
            }
            fn debug(&self) -> &dyn std::fmt::Debug {
                self
            }
        }
    };
}

macro_rules! entiers {
    ($($t:ty),*) => {$(
        scalaire!($t, entier, |v| v.map(i64::from), |o, code, _d| o.valeur(code, v.as_ref()),
            |r| Rendu::Entier(i64::from(*r)));
    )*};
}
entiers!(u8, u16, u32, i8, i16, i32, i64);

fn decimales(d: &Champ<'_>) -> u32 {
    match d.genre {
        Genre::Decimal { decimales, .. } => decimales,
        _ => 0,
    }
}

scalaire!(
    Decimal,
    decimal,
    |v| v.as_ref(),
    |o, code, d| o.decimal(code, v.as_ref(), decimales(d)),
    |r| Rendu::Decimal(r)
);
scalaire!(
    String,
    texte,
    |v| v.as_deref(),
    |o, code, _d| o.texte(code, v.as_deref()),
    |r| Rendu::Texte(r)
);
scalaire!(
    bool,
    booleen,
    |v| *v,
    |o, code, _d| o.valeur(code, v.as_ref()),
    |r| Rendu::Booleen(*r)
);
scalaire!(
    Date,
    date,
    |v| *v,
    |o, code, _d| o.valeur(code, v.as_ref()),
    |r| Rendu::Date(*r)
);

impl<C: Code + std::fmt::Debug> Valeur for Option<C> {
    fn lire(
        &mut self,
        l: &mut Lecteur,
        c: &Chemin,
        d: &Description,
        f: &mut Flux<'_>,
    ) -> Result<(), ErreurJson> {
        lire_champ(self, d, f, |champ, f| l.code_enum(c, champ, f))
    }
    fn verifier(&self, v: &mut Verificateur<'_>, d: &Description) {
        if let Description::Champ(champ) = d {
            v.code(champ, *self);
        }
    }
    fn ecrire(&self, o: &mut Objet<'_>, d: &Description) {
        o.code(d.code(), *self);
    }
    #[cfg(feature = "usager")]
    fn sortie(&self, s: &mut dyn Sortie, d: &Description) {
        if let (Some(c), Description::Champ(champ)) = (self, d)
            && let Some(v) = C::NOMENCLATURE.valeurs.get(c.index())
        {
            s.champ(champ, Rendu::Code(v));
        }
    }
    fn rempli(&self) -> bool {
        self.is_some()
    }
    fn debug(&self) -> &dyn std::fmt::Debug {
        self
    }
}

impl<C: Code + std::fmt::Debug> Valeur for Option<Codes<C>> {
    fn lire(
        &mut self,
        l: &mut Lecteur,
        c: &Chemin,
        d: &Description,
        f: &mut Flux<'_>,
    ) -> Result<(), ErreurJson> {
        lire_champ(self, d, f, |champ, f| l.codes_enum(c, champ, f))
    }
    fn verifier(&self, v: &mut Verificateur<'_>, d: &Description) {
        if let Description::Champ(champ) = d {
            v.codes(champ, self.as_ref());
        }
    }
    fn ecrire(&self, o: &mut Objet<'_>, d: &Description) {
        o.codes(d.code(), self.as_ref());
    }
    #[cfg(feature = "usager")]
    fn sortie(&self, s: &mut dyn Sortie, d: &Description) {
        if let (Some(codes), Description::Champ(champ)) = (self, d) {
            for c in codes.iter() {
                if let Some(v) = C::NOMENCLATURE.valeurs.get(c.index()) {
                    s.champ(champ, Rendu::Code(v));
                }
            }
        }
    }
    fn rempli(&self) -> bool {
        self.is_some()
    }
    fn debug(&self) -> &dyn std::fmt::Debug {
        self
    }
}

impl<L: Structure + Modele + std::fmt::Debug> Valeur for Vec<L> {
    fn lire(
        &mut self,
        l: &mut Lecteur,
        c: &Chemin,
        d: &Description,
        f: &mut Flux<'_>,
    ) -> Result<(), ErreurJson> {
        match d {
            Description::Lignes(bloc) => {
                *self = l.lignes_de(c, bloc, f, lire_objet::<L>)?;
                Ok(())
            }
            Description::Champ(_) => sauter(f),
        }
    }
    fn verifier(&self, v: &mut Verificateur<'_>, d: &Description) {
        if let Description::Lignes(bloc) = d {
            v.lignes(bloc, self, |l, v| verifier(l, v));
        }
    }
    fn ecrire(&self, o: &mut Objet<'_>, d: &Description) {
        o.lignes(d.code(), self, |l, o| ecrire(l, o));
    }
    #[cfg(feature = "usager")]
    fn sortie(&self, s: &mut dyn Sortie, d: &Description) {
        if let Description::Lignes(bloc) = d {
            for (k, ligne) in self.iter().enumerate() {
                s.ouvrir_ligne(bloc.code, bloc.libelle, k);
                parcourir(ligne, s);
                s.fermer();
            }
        }
    }
    fn rempli(&self) -> bool {
        !self.is_empty()
    }
    fn debug(&self) -> &dyn std::fmt::Debug {
        self
    }
}

//! Constructeurs `const` courts, pour qu'une table tienne une ligne par
//! membre dans le code généré.

use super::disposition::{Description, Membre};
use crate::descripteur::{Bloc, Champ, Code, Genre, Motif};
use crate::{Date, Decimal};

/// A field member.
pub const fn champ<S>(
    nom: &'static str,
    code: &'static str,
    libelle: &'static str,
    obligatoire: bool,
    personnel: bool,
    genre: Genre<'static>,
) -> Membre<S> {
    Membre {
        nom,
        description: Description::Champ(Champ {
            code,
            libelle,
            obligatoire,
            personnel,
            genre,
        }),
        _s: std::marker::PhantomData,
    }
}

/// A repeatable-block member.
pub const fn lignes<S>(
    nom: &'static str,
    code: &'static str,
    libelle: &'static str,
    min_lignes: Option<u64>,
    max_lignes: Option<u64>,
) -> Membre<S> {
    Membre {
        nom,
        description: Description::Lignes(Bloc {
            code,
            libelle,
            min_lignes,
            max_lignes,
        }),
        _s: std::marker::PhantomData,
    }
}

pub const fn entier(min: Option<i64>, max: Option<i64>) -> Genre<'static> {
    Genre::Entier { min, max }
}

pub const fn decimal(decimales: u32, min: Option<Decimal>, max: Option<Decimal>) -> Genre<'static> {
    Genre::Decimal {
        decimales,
        min,
        max,
    }
}

pub const fn texte(
    longueur_min: Option<u64>,
    longueur_max: Option<u64>,
    motif: Option<&'static Motif<'static>>,
) -> Genre<'static> {
    Genre::Texte {
        longueur_min,
        longueur_max,
        motif,
    }
}

pub const fn booleen() -> Genre<'static> {
    Genre::Booleen
}

pub const fn date(min: Option<Date>, max: Option<Date>) -> Genre<'static> {
    Genre::Date { min, max }
}

pub const fn code<C: Code>(multiple: bool) -> Genre<'static> {
    Genre::Code {
        nomenclature: C::NOMENCLATURE,
        multiple,
    }
}

/// A decimal constant, bit for bit.
pub const fn dec(lo: u32, mid: u32, hi: u32, negatif: bool, echelle: u32) -> Decimal {
    Decimal::from_parts(lo, mid, hi, negatif, echelle)
}

pub const fn ymd(annee: u16, mois: u8, jour: u8) -> Date {
    Date::ymd(annee, mois, jour)
}

//! Table-driven generated structs (data, not code).
//!
//! Each generated struct describes its members once, in one `static` table
//! (description, Rust name, typed accessors); reading, writing, checking and
//! `Debug` walk that table here, once for every struct, in model order. The
//! descriptions are the same values `sidoba validate` builds from the model
//! and hands to the same functions, which is how both validators agree.

use crate::derive::modele::{Membre as Cle, Modele};
use crate::descripteur::{Bloc, Champ, Genre, Motif};
use crate::ecriture::Objet;
use crate::flux::{Flux, Vus};
use crate::jeton::ErreurJson;
use crate::lecture::{Cles, Lecteur};
#[cfg(feature = "usager")]
use crate::usager::{Rendu, Sortie};
use crate::verif::{Chemin, Verificateur};
use crate::{Code, Codes, Date, Decimal};

/// What a member is: a field or a repeatable block.
#[derive(Debug)]
pub enum Description {
    Champ(Champ<'static>),
    Lignes(Bloc<'static>),
}

impl Description {
    pub fn code(&self) -> &'static str {
        match self {
            Description::Champ(c) => c.code,
            Description::Lignes(b) => b.code,
        }
    }

    fn personnel(&self) -> bool {
        matches!(self, Description::Champ(c) if c.personnel)
    }
}

/// One member of a generated struct `S`.
pub struct Membre<S: 'static> {
    /// The Rust field's name, for `Debug`.
    pub nom: &'static str,
    pub description: Description,
    _s: std::marker::PhantomData<fn(&S)>,
}

impl<S> Membre<S> {
    /// The field's description (a block member has none: an empty,
    /// optional one, which generated code never asks for).
    pub fn champ(&self) -> &Champ<'static> {
        match &self.description {
            Description::Champ(c) => c,
            Description::Lignes(_) => &AUCUN,
        }
    }

    pub fn bloc(&self) -> &Bloc<'static> {
        match &self.description {
            Description::Lignes(b) => b,
            Description::Champ(_) => &AUCUN_BLOC,
        }
    }
}

static AUCUN: Champ<'static> = Champ {
    code: "",
    libelle: "",
    obligatoire: false,
    personnel: false,
    genre: Genre::Booleen,
};

static AUCUN_BLOC: Bloc<'static> = Bloc {
    code: "",
    libelle: "",
    min_lignes: None,
    max_lignes: None,
};

/// One step of a struct's walk in model order: open the group of a
/// non-repeatable block (code, label), walk the members up to an index
/// (exclusive), close the group. Generated for user-level models only.
#[derive(Debug)]
pub enum Pas {
    Ouvrir(&'static str, &'static str),
    Membres(usize),
    Fermer,
}

/// A generated struct: its member table, in member order (the order of
/// `Modele::MEMBRES`).
pub trait Structure: Modele {
    fn table() -> &'static [Membre<Self>];
    /// The walk with the blocks' groups; empty (members walked flat) for
    /// structure-level models, which never go to FHIR or CDA.
    fn plan() -> &'static [Pas] {
        &[]
    }
    /// Member `i`'s place (one `match`: typed access to the fields).
    fn valeur(&self, i: usize) -> Option<&dyn Valeur>;
    fn valeur_mut(&mut self, i: usize) -> Option<&mut dyn Valeur>;
}

/// The description of field `i` of `S` (for the derive and the rules).
pub fn champ_de<S: Structure>(i: usize) -> &'static Champ<'static> {
    S::table().get(i).map_or(&AUCUN, Membre::champ)
}

/// The description of block `i` of `S`.
pub fn bloc_de<S: Structure>(i: usize) -> &'static Bloc<'static> {
    S::table().get(i).map_or(&AUCUN_BLOC, Membre::bloc)
}

/// One place of a struct, as the table walks it: its type says how it is
/// read, checked and written.
pub trait Valeur {
    fn lire(
        &mut self,
        l: &mut Lecteur,
        c: &Chemin,
        d: &Description,
        f: &mut Flux<'_>,
    ) -> Result<(), ErreurJson>;
    fn verifier(&self, v: &mut Verificateur<'_>, d: &Description);
    fn ecrire(&self, o: &mut Objet<'_>, d: &Description);
    /// The value as the report's walk hands it to a writer (nothing when
    /// not filled).
    #[cfg(feature = "usager")]
    fn sortie(&self, s: &mut dyn Sortie, d: &Description);
    fn rempli(&self) -> bool;
    fn debug(&self) -> &dyn std::fmt::Debug;
}

/// A member whose description does not fit its type: cannot happen in
/// generated code; its value is skipped, so that reading goes on.
fn sauter(f: &mut Flux<'_>) -> Result<(), ErreurJson> {
    let v = f.valeur()?;
    f.sauter(&v)
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
                match d {
                    Description::Champ(champ) => {
                        *self = l.$lire(c, champ, f)?;
                        Ok(())
                    }
                    Description::Lignes(_) => sauter(f),
                }
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
        match d {
            Description::Champ(champ) => {
                *self = l.code_enum(c, champ, f)?;
                Ok(())
            }
            Description::Lignes(_) => sauter(f),
        }
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
        match d {
            Description::Champ(champ) => {
                *self = l.codes_enum(c, champ, f)?;
                Ok(())
            }
            Description::Lignes(_) => sauter(f),
        }
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

impl<L: Structure + std::fmt::Debug> Valeur for Vec<L> {
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

/// Reads one object (`{` read) into a new `S`: every key, unknown ones
/// recorded. Keys are found by trying the member expected next, then by
/// binary search in `Modele::TRIES`.
pub fn lire_objet<S: Structure>(
    f: &mut Flux<'_>,
    c: &Chemin,
    l: &mut Lecteur,
) -> Result<S, ErreurJson> {
    let table = S::table();
    let cles = Cles(S::TRIES);
    let mut r = S::default();
    let mut vus = Vus::new(table.len());
    let mut attendu = 0;
    f.membres(|f, cle, pos| {
        let i = match S::MEMBRES.get(attendu) {
            Some(Cle::Champ(k) | Cle::Table(k)) if *k == cle => Some(attendu),
            _ => cles.index(cle),
        };
        let place = i.and_then(|i| Some((i, table.get(i)?, r.valeur_mut(i)?)));
        match place {
            Some((i, m, v)) => {
                vus.connu(i, cle, pos)?;
                attendu = i + 1;
                v.lire(l, c, &m.description, f)
            }
            None => {
                vus.inconnu(cle, pos)?;
                l.inconnue(f, c, cle, cles.codes())
            }
        }
    })?;
    Ok(r)
}

/// Each member's checks, in model order (rows recursively).
pub fn verifier<S: Structure>(s: &S, v: &mut Verificateur<'_>) {
    for (i, m) in S::table().iter().enumerate() {
        if let Some(x) = s.valeur(i) {
            x.verifier(v, &m.description);
        }
    }
}

/// Each member's key and value, in model order; absent ones left out.
pub fn ecrire<S: Structure>(s: &S, o: &mut Objet<'_>) {
    for (i, m) in S::table().iter().enumerate() {
        if let Some(x) = s.valeur(i) {
            x.ecrire(o, &m.description);
        }
    }
}

/// The report's walk in model order, with its blocks' groups (the
/// struct's [`Structure::plan`]), into a writer of user-level documents.
#[cfg(feature = "usager")]
pub fn parcourir<S: Structure>(s: &S, sortie: &mut dyn Sortie) {
    let table = S::table();
    let mut i = 0;
    let jusqua = |fin: usize, i: &mut usize, sortie: &mut dyn Sortie| {
        while *i < fin.min(table.len()) {
            if let Some(v) = s.valeur(*i) {
                v.sortie(sortie, &table[*i].description);
            }
            *i += 1;
        }
    };
    for pas in S::plan() {
        match pas {
            Pas::Ouvrir(code, libelle) => sortie.ouvrir(code, libelle),
            Pas::Membres(fin) => jusqua(*fin, &mut i, sortie),
            Pas::Fermer => sortie.fermer(),
        }
    }
    // What the plan does not cover (all of it without a plan), flat.
    jusqua(table.len(), &mut i, sortie);
}

struct Masque(bool);

impl std::fmt::Debug for Masque {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0 {
            "Some(<donnée personnelle masquée>)"
        } else {
            "None"
        })
    }
}

/// `Debug` of a generated struct: personal-data fields show only whether
/// they are filled.
pub fn debug<S: Structure>(s: &S, nom: &str, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
    let mut d = f.debug_struct(nom);
    for (i, m) in S::table().iter().enumerate() {
        let Some(v) = s.valeur(i) else { continue };
        if m.description.personnel() {
            d.field(m.nom, &Masque(v.rempli()));
        } else {
            d.field(m.nom, v.debug());
        }
    }
    d.finish()
}

// Short constructors, so that a table holds one line per member.

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

/// What the compiled rules see of a value: the value if it passed its own
/// field's checks, else nothing (`verif::pour_regles`, by type).
pub trait PourRegles {
    type Vue<'v>
    where
        Self: 'v;
    fn vue<'v>(&'v self, champ: &Champ<'_>) -> Option<Self::Vue<'v>>;
}

/// A field's value as the rules see it.
pub fn lu<'v, S, V: PourRegles>(m: &Membre<S>, v: &'v V) -> Option<V::Vue<'v>> {
    v.vue(m.champ())
}

macro_rules! pour_regles {
    ($($t:ty => $vue:ty, |$v:ident, $c:ident| $e:expr;)*) => {$(
        // `i64::from` on an `i64`; `'v` is what some views borrow.
        #[allow(clippy::useless_conversion, clippy::needless_lifetimes)]
        impl PourRegles for Option<$t> {
            type Vue<'v> = $vue;
            fn vue<'v>(&'v self, $c: &Champ<'_>) -> Option<$vue> {
                let $v = self;
                $e
            }
        }
    )*};
}
use crate::verif::pour_regles as pr;
pour_regles! {
    u8 => Decimal, |v, c| pr::entier(c, v.map(i64::from));
    u16 => Decimal, |v, c| pr::entier(c, v.map(i64::from));
    u32 => Decimal, |v, c| pr::entier(c, v.map(i64::from));
    i8 => Decimal, |v, c| pr::entier(c, v.map(i64::from));
    i16 => Decimal, |v, c| pr::entier(c, v.map(i64::from));
    i32 => Decimal, |v, c| pr::entier(c, v.map(i64::from));
    i64 => Decimal, |v, c| pr::entier(c, *v);
    Decimal => Decimal, |v, c| pr::decimal(c, v.as_ref());
    String => &'v str, |v, c| pr::texte(c, v.as_deref());
    Date => Date, |v, c| pr::date(c, *v);
}

impl<C: Code> PourRegles for Option<C> {
    type Vue<'v> = C;
    fn vue(&self, champ: &Champ<'_>) -> Option<C> {
        pr::code(champ, *self)
    }
}

impl<C: Code> PourRegles for Option<Codes<C>> {
    type Vue<'v> = &'v Codes<C>;
    fn vue<'v>(&'v self, champ: &Champ<'_>) -> Option<&'v Codes<C>> {
        pr::codes(champ, self.as_ref())
    }
}

/// A compiled rule: its finding, and a plain function for its expression.
pub struct Regle<S: 'static> {
    pub code: &'static str,
    pub severite: crate::Severite,
    pub message: &'static str,
    pub test: Test<S>,
}

pub enum Test<S: 'static> {
    /// A rule on the report: `Some(false)` is a finding, `None` does not apply.
    Rapport(fn(&S) -> Option<bool>),
    /// A rule on rows: gives the path of each row where it fails, in row order.
    Lignes(fn(&S, &mut dyn FnMut(String))),
}

pub const fn regle_rapport<S>(
    code: &'static str,
    severite: crate::Severite,
    message: &'static str,
    test: fn(&S) -> Option<bool>,
) -> Regle<S> {
    Regle {
        code,
        severite,
        message,
        test: Test::Rapport(test),
    }
}

pub const fn regle_lignes<S>(
    code: &'static str,
    severite: crate::Severite,
    message: &'static str,
    test: fn(&S, &mut dyn FnMut(String)),
) -> Regle<S> {
    Regle {
        code,
        severite,
        message,
        test: Test::Lignes(test),
    }
}

/// Every rule's findings, in table (model) order.
pub fn regles<S>(s: &S, regles: &[Regle<S>], out: &mut Vec<crate::Constat>) {
    for r in regles {
        let constat = |chemin| crate::Constat {
            chemin,
            code: crate::CodeConstat::Regle,
            regle: Some(r.code.to_owned()),
            severite: r.severite,
            message: r.message.to_owned(),
        };
        match r.test {
            Test::Rapport(f) => {
                if f(s) == Some(false) {
                    out.push(constat(String::new()));
                }
            }
            Test::Lignes(f) => f(s, &mut |c| out.push(constat(c))),
        }
    }
}

/// What a generated code-list enum shares with every other: `TOUTES`,
/// `code()`, `libelle()`, `est_actif()`, the `Code` impl with its list,
/// `FromStr`, `Display` and the derive's `Vers`. One line per value.
#[doc(hidden)]
#[macro_export]
macro_rules! nomenclature {
    ($e:ident = $code:literal, $libelle:literal, $n:literal $(, $reference:literal)?;
     $($v:ident = $c:literal, $l:literal, $a:literal;)*) => {
        impl $e {
            /// Toutes les valeurs, dans l'ordre du modèle.
            pub const TOUTES: [Self; $n] = [$(Self::$v),*];

            /// Le code envoyé dans le payload.
            pub fn code(self) -> &'static str {
                $crate::Code::code(self)
            }

            /// Le libellé présenté aux personnes.
            pub fn libelle(self) -> &'static str {
                $crate::Code::libelle(self)
            }

            /// Faux pour une valeur gardée seulement pour lire d'anciennes données.
            pub fn est_actif(self) -> bool {
                $crate::Code::est_actif(self)
            }
        }

        impl $crate::Code for $e {
            const NOMENCLATURE: &'static $crate::__private::descripteur::Nomenclature<'static> =
                &$crate::__private::descripteur::Nomenclature {
                    code: $code,
                    libelle: $libelle,
                    reference: {
                        let r: ::core::option::Option<&'static str> = ::core::option::Option::None;
                        $(let r = ::core::option::Option::Some($reference);)?
                        r
                    },
                    valeurs: &[$($crate::__private::descripteur::Valeur {
                        code: $c,
                        libelle: $l,
                        actif: $a,
                    }),*],
                };

            fn index(self) -> usize {
                self as usize
            }

            fn depuis_index(index: usize) -> ::core::option::Option<Self> {
                Self::TOUTES.get(index).copied()
            }
        }

        impl ::core::str::FromStr for $e {
            type Err = $crate::CodeInconnu;

            /// Lit un code ; un code inconnu nomme les codes les plus proches.
            fn from_str(code: &str) -> ::core::result::Result<Self, Self::Err> {
                $crate::__private::descripteur::code_depuis_str(code)
            }
        }

        impl ::core::fmt::Display for $e {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.code())
            }
        }

        impl $crate::derive::Vers<$e> for $e {
            #[inline]
            fn vers(&self) -> ::core::result::Result<::core::option::Option<$e>, $crate::derive::Echec> {
                ::core::result::Result::Ok(::core::option::Option::Some(*self))
            }
        }
    };
}

/// What every generated struct implements from its table and its member
/// list (`index kind name: type`, kind `champ` or `table`): the table, one
/// `match` for typed access, `Debug` (never showing personal data), and
/// the derive's `Champ<I>` / `Table<I>` impls.
#[doc(hidden)]
#[macro_export]
macro_rules! structure {
    ($s:ident, $table:ident $(, $plan:ident)?; $($i:literal $k:ident $n:ident : $t:ty),* $(,)?) => {
        impl $crate::__private::table::Structure for $s {
            fn table() -> &'static [$crate::__private::table::Membre<Self>] {
                $table
            }
            $(fn plan() -> &'static [$crate::__private::table::Pas] {
                $plan
            })?
            fn valeur(&self, i: usize) -> ::core::option::Option<&dyn $crate::__private::table::Valeur> {
                match i {
                    $($i => ::core::option::Option::Some(&self.$n),)*
                    _ => ::core::option::Option::None,
                }
            }
            fn valeur_mut(&mut self, i: usize) -> ::core::option::Option<&mut dyn $crate::__private::table::Valeur> {
                match i {
                    $($i => ::core::option::Option::Some(&mut self.$n),)*
                    _ => ::core::option::Option::None,
                }
            }
        }

        impl ::core::fmt::Debug for $s {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::__private::table::debug(self, ::core::stringify!($s), f)
            }
        }

        $($crate::__private::membre_derive!($k $s, $i, $n, $t);)*
    };
}

/// One member's `Champ<I>` or `Table<I>` impl.
#[doc(hidden)]
#[macro_export]
macro_rules! membre_derive {
    (champ $s:ident, $i:literal, $n:ident, $t:ty) => {
        impl $crate::__private::derive::Champ<$i> for $s {
            type Valeur = $t;
            fn place(&mut self) -> &mut ::core::option::Option<$t> {
                &mut self.$n
            }
        }
    };
    (table $s:ident, $i:literal, $n:ident, $t:ty) => {
        impl $crate::__private::derive::Table<$i> for $s {
            type Ligne = $t;
            fn lignes(&mut self) -> &mut ::std::vec::Vec<$t> {
                &mut self.$n
            }
        }
    };
}

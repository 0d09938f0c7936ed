//! Les macros qu'appelle le code généré : ce que toute nomenclature et
//! toute struct tiennent de leur table, écrit une fois ici.

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
            const NOMENCLATURE: &'static $crate::__private_v1::descripteur::Nomenclature<'static> =
                &$crate::__private_v1::descripteur::Nomenclature {
                    code: $code,
                    libelle: $libelle,
                    reference: {
                        let r: ::core::option::Option<&'static str> = ::core::option::Option::None;
                        $(let r = ::core::option::Option::Some($reference);)?
                        r
                    },
                    valeurs: &[$($crate::__private_v1::descripteur::Valeur {
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
                $crate::__private_v1::descripteur::code_depuis_str(code)
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
        impl $crate::__private_v1::table::Structure for $s {
            fn table() -> &'static [$crate::__private_v1::table::Membre<Self>] {
                $table
            }
            $(fn plan() -> &'static [$crate::__private_v1::table::Pas] {
                $plan
            })?
            fn valeur(&self, i: usize) -> ::core::option::Option<&dyn $crate::__private_v1::table::Valeur> {
                match i {
                    $($i => ::core::option::Option::Some(&self.$n),)*
                    _ => ::core::option::Option::None,
                }
            }
            fn valeur_mut(&mut self, i: usize) -> ::core::option::Option<&mut dyn $crate::__private_v1::table::Valeur> {
                match i {
                    $($i => ::core::option::Option::Some(&mut self.$n),)*
                    _ => ::core::option::Option::None,
                }
            }
        }

        impl ::core::fmt::Debug for $s {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::__private_v1::table::debug(self, ::core::stringify!($s), f)
            }
        }

        $($crate::__private_v1::membre_derive!($k $s, $i, $n, $t);)*
    };
}

/// One member's `Champ<I>` or `Table<I>` impl.
#[doc(hidden)]
#[macro_export]
macro_rules! membre_derive {
    (champ $s:ident, $i:literal, $n:ident, $t:ty) => {
        impl $crate::__private_v1::derive::Champ<$i> for $s {
            type Valeur = $t;
            fn place(&mut self) -> &mut ::core::option::Option<$t> {
                &mut self.$n
            }
        }
    };
    (table $s:ident, $i:literal, $n:ident, $t:ty) => {
        impl $crate::__private_v1::derive::Table<$i> for $s {
            type Ligne = $t;
            fn lignes(&mut self) -> &mut ::std::vec::Vec<$t> {
                &mut self.$n
            }
        }
    };
}

//! What the names of an expression refer to: fields (and their row), code
//! values, tables for `somme` and `nombre`, `contient`.

use super::*;

impl Verif<'_, '_> {
    /// Whether `code` is a value code of `nomenclature`; reports it if not.
    pub(super) fn code_connu(&mut self, nomenclature: &str, code: &str, ou: &Expr) -> bool {
        self.code_dans(nomenclature, code, ou.debut, ou.fin)
    }

    pub(super) fn code_dans(
        &mut self,
        nomenclature: &str,
        code: &str,
        debut: usize,
        fin: usize,
    ) -> bool {
        // A missing nomenclature is reported by model checks.
        let Some(valeurs) = self.index.valeurs(nomenclature) else {
            return true;
        };
        if valeurs.contains(&code) {
            return true;
        }
        let m = format!(
            "« {code} » n'est pas un code de la nomenclature « {nomenclature} »{}",
            suggestion(code, valeurs.iter().copied())
        );
        self.erreur(debut, fin, m);
        false
    }

    /// A field read as a value (`lu`: outside `renseigne`), with the row
    /// rules: a field of the rule's block is the current row's; a field
    /// outside any repeatable block is the top-level value; any other
    /// field has no single value here.
    pub(super) fn champ(&mut self, r: &Reference, lu: bool) -> Option<ChampRef> {
        let index = self.index;
        let Some(info) = index.champs.get(r.code.as_str()) else {
            self.inconnu(r);
            return None;
        };
        let portee = match (info.ligne, self.bloc) {
            (None, _) => Portee::Racine,
            (Some(l), Some(b)) if l == b => Portee::Ligne,
            (Some(l), Some(b)) => {
                let m = format!(
                    "« {} » est un champ du bloc répétable « {l} » (une valeur par ligne) et la règle porte sur les \
                     lignes de « {b} » : il ne se lit que dans somme(…)",
                    r.code
                );
                self.erreur(r.debut, r.fin, m);
                return None;
            }
            (Some(l), None) => {
                let m = format!(
                    "« {} » est un champ du bloc répétable « {l} » (une valeur par ligne) : hors d'une règle portant \
                     sur ce bloc (« bloc » : « {l} »), il ne se lit que dans somme(…)",
                    r.code
                );
                self.erreur(r.debut, r.fin, m);
                return None;
            }
        };
        let c = ChampRef {
            code: info.champ.code.clone(),
            sorte: sorte(&info.champ.type_),
            portee,
        };
        if lu && self.vus.insert(c.code.clone()) {
            self.lus.push(c.clone());
        }
        Some(c)
    }

    pub(super) fn inconnu(&mut self, r: &Reference) {
        let index = self.index;
        let m = match index.blocs.get(r.code.as_str()) {
            Some(b) if b.bloc.repetable => {
                format!(
                    "« {0} » est un bloc, pas un champ : nombre({0}) compte ses lignes",
                    r.code
                )
            }
            Some(_) => format!(
                "« {} » est un bloc, pas un champ : une règle lit des champs",
                r.code
            ),
            None => format!(
                "champ inconnu « {} »{}",
                r.code,
                suggestion(&r.code, index.codes_champs())
            ),
        };
        self.erreur(r.debut, r.fin, m);
    }

    /// `somme(f)`: `f` numeric, in a repeatable block that is not the
    /// rule's own (where `f` is the current row's value, so a sum over
    /// its rows would be ambiguous).
    pub(super) fn somme(&mut self, r: &Reference) -> Option<Numerique> {
        let index = self.index;
        let Some(info) = index.champs.get(r.code.as_str()) else {
            if index.blocs.contains_key(r.code.as_str()) {
                let m = format!(
                    "somme(…) totalise un champ : « {0} » est un bloc (nombre({0}) compte ses lignes)",
                    r.code
                );
                self.erreur(r.debut, r.fin, m);
            } else {
                self.inconnu(r);
            }
            return None;
        };
        let s = sorte(&info.champ.type_);
        if !s.est_numerique() {
            let m = format!(
                "somme(…) totalise un champ entier ou décimal : « {} » est {}",
                r.code,
                decrire_sorte(&s)
            );
            self.erreur(r.debut, r.fin, m);
            return None;
        }
        let Some(table) = info.ligne else {
            let m = format!(
                "somme(…) totalise un champ de bloc répétable : « {0} » a une seule valeur (écrire {0})",
                r.code
            );
            self.erreur(r.debut, r.fin, m);
            return None;
        };
        if Some(table) == self.bloc {
            let m = format!(
                "somme({0}) dans une règle sur les lignes de « {table} » : « {0} » y est la valeur de la ligne \
                 courante, une somme sur les lignes de son propre bloc est ambiguë",
                r.code
            );
            self.erreur(r.debut, r.fin, m);
            return None;
        }
        let lignes = self.lignes(table, r)?;
        Some(Numerique::Somme {
            champ: info.champ.code.clone(),
            sorte: s,
            lignes,
        })
    }

    /// `nombre(b)`: `b` a repeatable block.
    pub(super) fn nombre(&mut self, r: &Reference) -> Option<Numerique> {
        let index = self.index;
        let m = match index.blocs.get(r.code.as_str()) {
            Some(b) if b.bloc.repetable => {
                return self.lignes(&b.bloc.code, r).map(Numerique::Nombre);
            }
            Some(_) => format!(
                "nombre(…) compte les lignes d'un bloc répétable : « {} » ne l'est pas",
                r.code
            ),
            None if index.champs.contains_key(r.code.as_str()) => {
                format!(
                    "nombre(…) compte les lignes d'un bloc répétable : « {} » est un champ",
                    r.code
                )
            }
            None => format!(
                "bloc répétable inconnu « {} »{}",
                r.code,
                suggestion(&r.code, index.codes_tables())
            ),
        };
        self.erreur(r.debut, r.fin, m);
        None
    }

    /// The rows of table `table` as seen from the rule: a table at top
    /// level (all its rows) or a table nested in the current row.
    pub(super) fn lignes(&mut self, table: &str, r: &Reference) -> Option<LignesRef> {
        let parente = self.index.blocs.get(table).and_then(|i| i.ligne_parente);
        let portee = match (parente, self.bloc) {
            (None, _) => Portee::Racine,
            (Some(p), Some(b)) if p == b => Portee::Ligne,
            (Some(p), _) => {
                let m = format!(
                    "le bloc répétable « {table} » est imbriqué dans le bloc répétable « {p} » : somme(…) et \
                     nombre(…) ne portent que sur un bloc répétable de premier niveau ou imbriqué dans la ligne \
                     courante de la règle"
                );
                self.erreur(r.debut, r.fin, m);
                return None;
            }
        };
        Some(LignesRef {
            bloc: table.to_owned(),
            portee,
        })
    }

    /// `contient(f, 'CODE')`: `f` a multiple code field, `CODE` a value of
    /// its nomenclature.
    pub(super) fn contient(&mut self, r: &Reference, c: &CodeValeur) -> Option<Condition> {
        let champ = self.champ(r, true)?;
        let Sorte::Codes { nomenclature } = &champ.sorte else {
            let mut m = format!(
                "contient(…) porte sur un champ code à choix multiples : « {} » est {}",
                r.code,
                decrire_sorte(&champ.sorte)
            );
            if matches!(champ.sorte, Sorte::Code { .. }) {
                m.push_str(&format!(" (écrire {} = '{}')", r.code, c.code));
            }
            self.erreur(r.debut, r.fin, m);
            return None;
        };
        let n = nomenclature.clone();
        self.code_dans(&n, &c.code, c.debut, c.fin)
            .then(|| Condition::Contient {
                champ,
                nomenclature: n,
                code: c.code.clone(),
            })
    }
}

//! Comparisons: both sides typed, then what each comparator accepts.

use super::*;

impl Verif<'_, '_> {
    pub(super) fn comparaison(
        &mut self,
        e: &Expr,
        g: &Expr,
        op: Comparateur,
        d: &Expr,
    ) -> Option<Condition> {
        let (tg, td) = (self.terme(g), self.terme(d));
        self.comparer(e, g, op, d, tg?, td?)
    }

    /// The comparison of two typed sides.
    pub(super) fn comparer(
        &mut self,
        e: &Expr,
        g: &Expr,
        op: Comparateur,
        d: &Expr,
        tg: Terme,
        td: Terme,
    ) -> Option<Condition> {
        let egalite = |v: &mut Self, pluriel: &str| {
            if !op.est_egalite() {
                let m = format!(
                    "« {} » ne s'applique pas à {pluriel} : seuls = et != les comparent",
                    op.symbole()
                );
                v.erreur(e.debut, e.fin, m);
            }
            op.est_egalite()
        };
        match (tg, td) {
            (Terme::Nombre(gauche), Terme::Nombre(droite)) => {
                Some(Condition::Nombres { gauche, op, droite })
            }
            (Terme::Date(gauche), Terme::Date(droite)) => {
                Some(Condition::Dates { gauche, op, droite })
            }
            (Terme::Booleen(gauche), Terme::Booleen(droite)) => {
                egalite(self, "des booléens").then_some(Condition::Booleens { gauche, op, droite })
            }
            (Terme::Texte(a), Terme::Texte(b)) => {
                egalite(self, "des textes").then_some(Condition::Textes {
                    gauche: TermeChaine::Champ(a),
                    op,
                    droite: TermeChaine::Champ(b),
                })
            }
            (Terme::Texte(a), Terme::Chaine(s)) => {
                egalite(self, "des textes").then_some(Condition::Textes {
                    gauche: TermeChaine::Champ(a),
                    op,
                    droite: TermeChaine::Constante(s),
                })
            }
            (Terme::Chaine(s), Terme::Texte(a)) => {
                egalite(self, "des textes").then_some(Condition::Textes {
                    gauche: TermeChaine::Constante(s),
                    op,
                    droite: TermeChaine::Champ(a),
                })
            }
            (Terme::Code(a, na), Terme::Code(b, nb)) => {
                let ok = egalite(self, "des codes");
                if na != nb {
                    let m = format!(
                        "{} (nomenclature « {na} ») et {} (nomenclature « {nb} ») ne se comparent pas : \
                         nomenclatures différentes",
                        self.citer(g),
                        self.citer(d)
                    );
                    self.erreur(e.debut, e.fin, m);
                    return None;
                }
                ok.then_some(Condition::Codes {
                    nomenclature: na,
                    gauche: TermeChaine::Champ(a),
                    op,
                    droite: TermeChaine::Champ(b),
                })
            }
            (Terme::Code(a, n), Terme::Chaine(s)) => {
                let ok = egalite(self, "des codes");
                let connu = self.code_connu(&n, &s, d);
                (ok && connu).then_some(Condition::Codes {
                    nomenclature: n,
                    gauche: TermeChaine::Champ(a),
                    op,
                    droite: TermeChaine::Constante(s),
                })
            }
            (Terme::Chaine(s), Terme::Code(a, n)) => {
                let ok = egalite(self, "des codes");
                let connu = self.code_connu(&n, &s, g);
                (ok && connu).then_some(Condition::Codes {
                    nomenclature: n,
                    gauche: TermeChaine::Constante(s),
                    op,
                    droite: TermeChaine::Champ(a),
                })
            }
            (tg, td) => {
                for (t, x) in [(&tg, g), (&td, d)] {
                    if let Terme::Codes(c) = t {
                        self.multiple(x, c);
                        return None;
                    }
                }
                let m = match (&tg, &td) {
                    (Terme::Condition(_), _) | (_, Terme::Condition(_)) => format!(
                        "une condition ne se compare pas par « {} » : les conditions se combinent par et, ou, \
                         non, =>",
                        op.symbole()
                    ),
                    (Terme::Chaine(_), Terme::Chaine(_)) => {
                        "deux chaînes ne se comparent pas entre elles : l'un des côtés doit être un champ texte ou \
                         code"
                            .to_owned()
                    }
                    _ => {
                        let mut m = format!(
                            "types incompatibles : {} est {}, {} est {}",
                            self.citer(g),
                            decrire(&tg),
                            self.citer(d),
                            decrire(&td)
                        );
                        let date_en_chaine = |t: &Terme| matches!(t, Terme::Chaine(s) if s.parse::<sidoba::Date>().is_ok());
                        if date_en_chaine(&tg) || date_en_chaine(&td) {
                            m.push_str(" (une date s'écrit d'AAAA-MM-JJ')");
                        }
                        m
                    }
                };
                self.erreur(e.debut, e.fin, m);
                None
            }
        }
    }
}

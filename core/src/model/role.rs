//! The field key `role` (ws02-modele.md): what a field identifies for the
//! API and its screens. Read with the field (value and type), then checked
//! across the model (each role once, never in a repeatable block), so that
//! the API can trust `Modele::champ_de_role`.

use super::ctx::Ctx;
use super::read::citer;
use super::source::CodeProbleme as C;
use super::{Bloc, Lieu, Modele, RoleChamp, TypeChamp};
use std::collections::BTreeMap;

impl Ctx<'_> {
    /// The role a field's `role` value names, if it is one and the field
    /// can hold it (`type_` is `None` when the type could not be read: its
    /// own error is reported).
    pub(super) fn role(
        &mut self,
        valeur: &str,
        pointeur: &str,
        offset: usize,
        type_: Option<&TypeChamp>,
    ) -> Option<RoleChamp> {
        let Some(role) = RoleChamp::depuis(valeur) else {
            let attendus: Vec<String> = RoleChamp::TOUS
                .iter()
                .map(|r| format!("« {} »", r.as_str()))
                .collect();
            self.erreur_a(
                pointeur,
                offset,
                C::ValeurInconnue,
                format!(
                    "« role » vaut {} : {} attendu",
                    citer(valeur),
                    attendus.join(" ou ")
                ),
            );
            return None;
        };
        if let Some(t) = type_
            && !matches!(t, TypeChamp::Texte { .. })
        {
            self.erreur_a(
                pointeur,
                offset,
                C::RoleHorsTexte,
                format!(
                    "le rôle « {} » va sur un champ de type « texte », pas « {} »",
                    role.as_str(),
                    t.nom()
                ),
            );
            return None;
        }
        self.roles.push((pointeur.to_owned(), offset));
        Some(role)
    }
}

/// Each role at most once, outside repeatable blocks.
pub(super) fn verifier<T>(m: &Modele<T>, ctx: &mut Ctx<'_>) {
    let mut vus: BTreeMap<RoleChamp, String> = BTreeMap::new();
    for (chaine, c) in m.champs() {
        let Some(role) = c.role else { continue };
        let pointeur = format!("{}/role", c.lieu.pointeur);
        let offset = ctx
            .roles
            .iter()
            .find(|(p, _)| *p == pointeur)
            .map_or(c.lieu.offset, |(_, o)| *o);
        let lieu = Lieu { pointeur, offset };
        if let Some(b) = Bloc::ligne_de(&chaine) {
            ctx.erreur(
                &lieu,
                C::RoleRepetable,
                format!(
                    "le champ « {} » est dans le bloc répétable « {} » : le rôle « {} » désigne une seule valeur par collecte, hors des blocs répétables",
                    c.code,
                    b.code,
                    role.as_str()
                ),
            );
        } else if let Some(premier) = vus.get(&role) {
            ctx.erreur(
                &lieu,
                C::RoleDuplique,
                format!(
                    "le rôle « {} » est déjà celui du champ « {premier} » : un seul champ par modèle peut l'avoir",
                    role.as_str()
                ),
            );
        } else {
            vus.insert(role, c.code.clone());
        }
    }
}

//! Writing the collection file (format 2, or format 1 as it was read):
//! compact JSON, keys in the contract's order, the same collection giving
//! the same bytes.

use super::{Collecte, RapportUsager};
use crate::table::parcours as table;
use crate::ecriture::{Objet, chaine};
use crate::usager::{Evaluation, Evenement, Identite, Reponse, Reponses};

/// A JSON array of `items`, each written by `un`.
fn tableau<T>(buf: &mut String, items: &[T], mut un: impl FnMut(&mut String, &T)) {
    buf.push('[');
    for (k, x) in items.iter().enumerate() {
        if k > 0 {
            buf.push(',');
        }
        un(buf, x);
    }
    buf.push(']');
}

fn identite(buf: &mut String, id: &Identite) {
    let mut y = Objet::ouvrir(buf);
    y.valeur("statut", Some(id.statut.code()));
    if let Some(ins) = &id.ins {
        let mut z = Objet::ouvrir(y.cle("ins"));
        z.valeur("type", Some(ins.type_().code()));
        z.valeur("valeur", Some(ins.valeur()));
        z.fermer();
    }
    y.valeur("nomNaissance", Some(id.nom_naissance.as_str()));
    tableau(y.cle("prenomsNaissance"), &id.prenoms_naissance, |b, p| {
        chaine(b, p)
    });
    y.valeur("premierPrenom", Some(id.premier_prenom.as_str()));
    y.valeur("sexe", Some(id.sexe.code()));
    y.valeur("rangNaissance", Some(&id.rang_naissance));
    y.valeur("dateNaissance", Some(&id.date_naissance));
    y.valeur("lieuNaissance", id.lieu_naissance.as_deref());
    y.fermer();
}

fn evenement(buf: &mut String, e: &Evenement) {
    let mut o = Objet::ouvrir(buf);
    o.valeur("identifiant", Some(e.identifiant.as_str()));
    o.valeur("type", Some(e.type_.as_str()));
    o.valeur("debut", Some(&e.debut));
    o.valeur("fin", Some(&e.fin));
    o.valeur("statut", Some(e.statut.code()));
    tableau(o.cle("professionnels"), &e.professionnels, |b, p| {
        chaine(b, p)
    });
    o.fermer();
}

fn reponse(buf: &mut String, r: &Reponse) {
    match r {
        Reponse::Booleen(b) => buf.push_str(if *b { "true" } else { "false" }),
        // Read from a JSON number literal: written back as it was.
        Reponse::Nombre(n) => buf.push_str(n),
        Reponse::Chaine(s) => chaine(buf, s),
        Reponse::Groupe { valeur, items } => {
            let mut o = Objet::ouvrir(buf);
            if let Some(v) = valeur {
                reponse(o.cle("valeur"), v);
            }
            for (l, r) in &items.0 {
                reponse(o.cle(l), r);
            }
            o.fermer();
        }
    }
}

fn reponses(buf: &mut String, r: &Reponses) {
    let mut o = Objet::ouvrir(buf);
    for (l, r) in &r.0 {
        reponse(o.cle(l), r);
    }
    o.fermer();
}

fn evaluation(buf: &mut String, e: &Evaluation) {
    let mut o = Objet::ouvrir(buf);
    o.valeur("identifiant", Some(e.identifiant.as_str()));
    o.valeur("grille", Some(e.grille.as_str()));
    o.valeur("date", Some(&e.date));
    o.valeur("evaluateur", Some(e.evaluateur.as_str()));
    o.valeur("evenement", e.evenement.as_deref());
    reponses(o.cle("reponses"), &e.reponses);
    o.fermer();
}

impl<R: RapportUsager> Collecte<R> {
    /// Le fichier de collecte (JSON compact) : à écrire lisible par son
    /// seul propriétaire (0600), il contient des données personnelles. Au
    /// format où il a été lu (2, ou 1 sans clé `format`).
    pub fn ecrire(&self) -> String {
        let mut buf = String::with_capacity(1024 + 512 * self.usagers.len());
        let f2 = self.format == 2;
        let mut o = Objet::ouvrir(&mut buf);
        if f2 {
            o.valeur("format", Some(&2u8));
        }
        o.valeur("campagne", Some(R::CAMPAGNE));
        let mut m = Objet::ouvrir(o.cle("modele"));
        m.valeur("code", Some(R::CODE));
        m.valeur("version", Some(R::VERSION));
        m.fermer();
        o.valeur("dateProduction", Some(&self.date_production));
        let mut s = Objet::ouvrir(o.cle("structure"));
        let st = &self.structure;
        s.valeur("finess", Some(st.finess.as_str()));
        s.valeur("raisonSociale", st.raison_sociale.as_deref());
        s.valeur("categorie", st.categorie.as_deref());
        s.fermer();
        if f2 {
            tableau(o.cle("professionnels"), &self.professionnels, |b, p| {
                let mut x = Objet::ouvrir(b);
                x.valeur("identifiant", Some(p.identifiant.as_str()));
                x.valeur("rpps", p.rpps.as_ref().map(|r| r.as_str()));
                x.valeur("nom", Some(p.nom.as_str()));
                x.valeur("prenom", Some(p.prenom.as_str()));
                x.valeur("profession", p.profession.as_deref());
                x.fermer();
            });
            o.valeur("declarant", self.declarant.as_deref());
        }
        tableau(o.cle("usagers"), &self.usagers, |b, u| {
            let p = &u.personne;
            let mut x = Objet::ouvrir(b);
            x.valeur("identifiant", Some(p.identifiant.as_str()));
            identite(x.cle("identite"), &p.identite);
            let mut z = Objet::ouvrir(x.cle("sejour"));
            z.valeur("identifiant", Some(p.sejour.identifiant.as_str()));
            z.valeur("debut", Some(&p.sejour.debut));
            z.valeur("fin", p.sejour.fin.as_ref());
            z.fermer();
            // Empty lists are left out, as absent ones read.
            if f2 && !p.evenements.is_empty() {
                tableau(x.cle("evenements"), &p.evenements, evenement);
            }
            if f2 && !p.evaluations.is_empty() {
                tableau(x.cle("evaluations"), &p.evaluations, evaluation);
            }
            if let Some(r) = &u.rapport {
                let mut d = Objet::ouvrir(x.cle("donnees"));
                table::ecrire(r, &mut d);
                d.fermer();
            }
            x.fermer();
        });
        o.fermer();
        buf
    }
}

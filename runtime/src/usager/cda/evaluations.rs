//! Les évaluations de la personne dans FR-Statut-fonctionnel : un
//! FR-Groupe-de-questionnaires-d-evaluation par type d'évaluation, une
//! FR-Evaluation par évaluation (son évaluateur en `performer`), un
//! FR-Evaluation-Composant par item répondu — pour AGGIR chaque item, avec
//! ses quatre FR-Evaluation-Composant-N2 — typés comme les entrées du guide
//! (AGGIR : CD avec le GIR en valeur de l'évaluation ; situation SSIAD :
//! BL ; SERAFIN : INT). Une évaluation sur le Questionnaire du modèle d'une
//! campagne (pas l'une des quatre grilles) est un « Autre type
//! d'évaluation » avec le modèle en traduction, ses réponses en composants
//! par `linkId`.

use super::entete::element_ts;
use super::gabarits as g;
use super::grilles::{self, Genre, Grille, Systeme};
use super::xml;
use super::{Contexte, ErreurCda, code_systeme, professionnel};
use crate::usager::{Evaluation, Reponse, Reponses};

const CISIS: &str = "1.2.250.1.213.1.1.4.322";

/// Le groupe où va une évaluation : une grille, ou l'URL du Questionnaire
/// du modèle d'une campagne (sans `|version`).
#[derive(Clone, Copy)]
enum Type<'a> {
    Grille(&'static Grille),
    Modele(&'a str),
}

impl PartialEq for Type<'_> {
    fn eq(&self, autre: &Self) -> bool {
        match (self, autre) {
            (Type::Grille(a), Type::Grille(b)) => a.url == b.url,
            (Type::Modele(a), Type::Modele(b)) => a == b,
            _ => false,
        }
    }
}

fn type_de(e: &Evaluation) -> Type<'_> {
    match grilles::grille(&e.grille) {
        Some(g) => Type::Grille(g),
        None => Type::Modele(
            e.grille
                .split_once('|')
                .map_or(e.grille.as_str(), |(u, _)| u),
        ),
    }
}

/// Les lignes narratives des évaluations (`ID="evaluation-N"`).
pub(crate) fn lignes(buf: &mut String, c: &Contexte<'_>) {
    for (k, e) in c.personne.evaluations.iter().enumerate() {
        buf.push_str("<tr><td ID=\"evaluation-");
        buf.push_str(itoa::Buffer::new().format(k + 1));
        buf.push_str("\">");
        match type_de(e) {
            Type::Grille(g) => buf.push_str(g.libelle),
            Type::Modele(_) => buf.push_str("Autre type d'évaluation"),
        }
        buf.push_str("</td><td>");
        buf.push_str(&e.date.to_string());
        buf.push_str("</td></tr>\n");
    }
}

/// Le `<code>` du type d'évaluation d'un modèle : « Autre type
/// d'évaluation », le modèle (le dernier segment de son URL) en traduction.
pub(crate) fn code_autre(
    buf: &mut String,
    url: &str,
    code: &str,
    version: Option<&str>,
) -> Result<(), xml::Interdit> {
    buf.push_str("<code code=\"GEN-092.04.24\" displayName=\"Autre type d'évaluation\" codeSystem=\"1.2.250.1.213.1.1.4.322\" codeSystemName=\"TerminologieCISIS\"><translation code=\"");
    xml::code(buf, code)?;
    buf.push_str("\" codeSystem=\"");
    buf.push_str(&code_systeme(url));
    if let Some(v) = version {
        buf.push_str("\" codeSystemVersion=\"");
        xml::attribut(buf, v)?;
    }
    buf.push_str("\"/></code>");
    Ok(())
}

fn code_type(buf: &mut String, t: Type<'_>, e: &Evaluation) -> Result<(), xml::Interdit> {
    match t {
        Type::Grille(g) => {
            buf.push_str("<code code=\"");
            buf.push_str(g.code);
            buf.push_str("\" displayName=\"");
            buf.push_str(g.libelle);
            buf.push_str(
                "\" codeSystem=\"1.2.250.1.213.1.1.4.322\" codeSystemName=\"TerminologieCISIS\"/>",
            );
            Ok(())
        }
        Type::Modele(url) => {
            let code = url.rsplit('/').next().unwrap_or(url);
            code_autre(buf, url, code, e.grille.split_once('|').map(|(_, v)| v))
        }
    }
}

/// Les groupes, un par type d'évaluation, dans l'ordre de première
/// apparition.
pub(crate) fn groupes(buf: &mut String, c: &Contexte<'_>, id: &str, erreurs: &mut Vec<ErreurCda>) {
    let evaluations = &c.personne.evaluations;
    let mut types: Vec<Type<'_>> = Vec::new();
    for e in evaluations {
        let t = type_de(e);
        if !types.contains(&t) {
            types.push(t);
        }
    }
    for (n, t) in types.iter().enumerate() {
        let membres: Vec<(usize, &Evaluation)> = evaluations
            .iter()
            .enumerate()
            .filter(|(_, e)| type_de(e) == *t)
            .collect();
        let Some(&(k0, premiere)) = membres.first() else {
            continue;
        };
        let mut code = String::new();
        if code_type(&mut code, *t, premiere).is_err() {
            erreurs.push(ErreurCda::Caractere {
                lieu: format!("evaluations[{k0}].grille"),
            });
        }
        buf.push_str("<entry><organizer classCode=\"CLUSTER\" moodCode=\"EVN\">");
        buf.push_str(g::ENTREE_GROUPE);
        buf.push_str("<id root=\"");
        buf.push_str(id);
        buf.push_str("\" extension=\"groupe-");
        buf.push_str(itoa::Buffer::new().format(n + 1));
        buf.push_str("\"/>");
        buf.push_str(&code);
        buf.push_str("<statusCode code=\"completed\"/>");
        element_ts(buf, "effectiveTime", premiere.date);
        buf.push('\n');
        for (k, e) in membres {
            evaluation(buf, c, id, k, e, *t, &code, erreurs);
        }
        buf.push_str("</organizer></entry>\n");
    }
}

#[allow(clippy::too_many_arguments)]
fn evaluation(
    buf: &mut String,
    c: &Contexte<'_>,
    id: &str,
    k: usize,
    e: &Evaluation,
    t: Type<'_>,
    code: &str,
    erreurs: &mut Vec<ErreurCda>,
) {
    let lieu = |quoi: &str| format!("evaluations[{k}].{quoi}");
    buf.push_str("<component typeCode=\"COMP\"><observation classCode=\"OBS\" moodCode=\"EVN\">");
    buf.push_str(g::ENTREE_EVALUATION);
    super::corps::identifiant(
        buf,
        c.guide.identifiants.evaluation,
        c,
        "EVAL",
        (&e.identifiant, &lieu("identifiant")),
        erreurs,
    );
    buf.push_str(code);
    buf.push_str("<text><reference value=\"#evaluation-");
    buf.push_str(itoa::Buffer::new().format(k + 1));
    buf.push_str("\"/></text><statusCode code=\"completed\"/>");
    element_ts(buf, "effectiveTime", e.date);
    // The GIR for AGGIR, else `NA`.
    let resultat = match t {
        Type::Grille(g) => g.resultat.as_ref(),
        Type::Modele(_) => None,
    };
    let aggir = resultat.and_then(|r| e.reponses.get(r.link_id));
    match (resultat, aggir) {
        (Some(r), Some(rep)) => {
            let valeur = match rep {
                Reponse::Groupe { valeur, .. } => valeur.as_deref(),
                v => Some(v),
            };
            cd(buf, valeur, CISIS, r.options);
        }
        (Some(_), None) => buf.push_str("<value xsi:type=\"CD\" nullFlavor=\"NI\"/>"),
        (None, _) => buf.push_str("<value xsi:type=\"CD\" nullFlavor=\"NA\"/>"),
    }
    buf.push_str("<performer>");
    if !professionnel::entite(buf, c, &e.evaluateur, erreurs) {
        buf.push_str("<assignedEntity><id nullFlavor=\"NI\"/></assignedEntity>");
    }
    buf.push_str("</performer>\n");
    let prefixe = format!("evaluation-{}", k + 1);
    match t {
        Type::Grille(g) => {
            let items = match (resultat, aggir) {
                (Some(_), Some(Reponse::Groupe { items, .. })) => Some(items),
                (Some(_), _) => None,
                (None, _) => Some(&e.reponses),
            };
            composants_grille(buf, id, &prefixe, g, items, resultat.is_some());
        }
        Type::Modele(url) => {
            let systeme = code_systeme(url);
            if composants_modele(buf, id, &prefixe, &systeme, &e.reponses).is_err() {
                erreurs.push(ErreurCda::Caractere {
                    lieu: lieu("reponses"),
                });
            }
        }
    }
    buf.push_str("</observation></component>\n");
}

/// Le `<value xsi:type="CD">` d'une réponse à choix, `NI` quand elle est
/// absente ou n'est pas un code des options (les constats bloquants de la
/// lecture).
fn cd(buf: &mut String, r: Option<&Reponse>, systeme: &str, options: &[(&str, &str)]) {
    let option = match r {
        Some(Reponse::Chaine(code)) => options.iter().find(|(c, _)| c == code),
        _ => None,
    };
    match option {
        Some((code, libelle)) => {
            buf.push_str("<value xsi:type=\"CD\" code=\"");
            buf.push_str(code);
            buf.push_str("\" displayName=\"");
            buf.push_str(libelle);
            buf.push_str("\" codeSystem=\"");
            buf.push_str(systeme);
            buf.push_str("\"/>");
        }
        None => buf.push_str("<value xsi:type=\"CD\" nullFlavor=\"NI\"/>"),
    }
}

fn bl(buf: &mut String, r: Option<&Reponse>) {
    match r {
        Some(Reponse::Booleen(b)) => {
            buf.push_str("<value xsi:type=\"BL\" value=\"");
            buf.push_str(if *b { "true" } else { "false" });
            buf.push_str("\"/>");
        }
        _ => buf.push_str("<value xsi:type=\"BL\" nullFlavor=\"NI\"/>"),
    }
}

fn systeme_cda(s: Systeme) -> String {
    match s {
        Systeme::Oid(o) => o.to_owned(),
        Systeme::Url(u) => code_systeme(u),
    }
}

fn debut_composant(buf: &mut String, id: &str, extension: &str, templates: &str) {
    buf.push_str("<entryRelationship typeCode=\"COMP\" inversionInd=\"false\"><observation classCode=\"OBS\" moodCode=\"EVN\">");
    buf.push_str(templates);
    buf.push_str("<id root=\"");
    buf.push_str(id);
    buf.push_str("\" extension=\"");
    buf.push_str(extension);
    buf.push_str("\"/>");
}

fn fin_code(buf: &mut String, code: &str, libelle: &str, systeme: &str) {
    buf.push_str("<code code=\"");
    buf.push_str(code);
    buf.push_str("\" displayName=\"");
    buf.push_str(libelle);
    buf.push_str("\" codeSystem=\"");
    buf.push_str(systeme);
    buf.push_str("\"/><statusCode code=\"completed\"/><effectiveTime nullFlavor=\"NA\"/>");
}

/// Les composants d'une grille : chaque item pour AGGIR (`tous`), sinon
/// les items répondus ; les textes de la grille sont les siens (rien à
/// échapper que les guillemets).
fn composants_grille(
    buf: &mut String,
    id: &str,
    prefixe: &str,
    g: &Grille,
    items: Option<&Reponses>,
    tous: bool,
) {
    for (j, comp) in g.composants.iter().enumerate() {
        let reponse = items.and_then(|r| r.get(comp.link_id));
        if reponse.is_none() && !tous {
            continue;
        }
        let ext = format!("{prefixe}-{}", j + 1);
        debut_composant(buf, id, &ext, g::ENTREE_COMPOSANT);
        fin_code(
            buf,
            comp.code,
            &attribut(comp.libelle),
            &systeme_cda(comp.systeme),
        );
        let (valeur, sous) = match reponse {
            Some(Reponse::Groupe { valeur, items }) => (valeur.as_deref(), Some(items)),
            r => (r, None),
        };
        match comp.genre {
            Genre::Choix { systeme, options } => cd(buf, valeur, &systeme_cda(systeme), options),
            Genre::Booleen => bl(buf, valeur),
            Genre::Entier => match valeur {
                Some(Reponse::Nombre(n)) if n.bytes().all(|b| b.is_ascii_digit() || b == b'-') => {
                    buf.push_str("<value xsi:type=\"INT\" value=\"");
                    buf.push_str(n);
                    buf.push_str("\"/>");
                }
                _ => buf.push_str("<value xsi:type=\"INT\" nullFlavor=\"NI\"/>"),
            },
        }
        for (m, (l, code, libelle)) in comp.n2.iter().enumerate() {
            debut_composant(buf, id, &format!("{ext}-{}", m + 1), g::ENTREE_COMPOSANT_N2);
            fin_code(buf, code, libelle, CISIS);
            bl(buf, sous.and_then(|s| s.get(l)));
            buf.push_str("</observation></entryRelationship>");
        }
        buf.push_str("</observation></entryRelationship>\n");
    }
}

/// Un texte du guide en valeur d'attribut (ses apostrophes passent, un
/// guillemet ne passerait pas).
fn attribut(s: &str) -> String {
    let mut b = String::with_capacity(s.len());
    // The grids' texts hold no character XML refuses.
    let _ = xml::attribut(&mut b, s);
    b
}

/// L'évaluation d'un modèle de campagne : chaque réponse par son `linkId`,
/// typée selon sa valeur (BL, INT, PQ, ST), un groupe contenant ses items.
fn composants_modele(
    buf: &mut String,
    id: &str,
    prefixe: &str,
    systeme: &str,
    reponses: &Reponses,
) -> Result<(), xml::Interdit> {
    for (j, (link_id, r)) in reponses.0.iter().enumerate() {
        let ext = format!("{prefixe}-{}", j + 1);
        debut_composant(buf, id, &ext, g::ENTREE_COMPOSANT);
        buf.push_str("<code code=\"");
        xml::code(buf, link_id)?;
        buf.push_str("\" codeSystem=\"");
        buf.push_str(systeme);
        buf.push_str("\"/><statusCode code=\"completed\"/><effectiveTime nullFlavor=\"NA\"/>");
        let (valeur, items) = match r {
            Reponse::Groupe { valeur, items } => (valeur.as_deref(), Some(items)),
            r => (Some(r), None),
        };
        match valeur {
            Some(Reponse::Booleen(_)) => bl(buf, valeur),
            Some(Reponse::Nombre(n)) => {
                buf.push_str(if n.contains(['.', 'e', 'E']) {
                    "<value xsi:type=\"PQ\" value=\""
                } else {
                    "<value xsi:type=\"INT\" value=\""
                });
                xml::attribut(buf, n)?;
                buf.push_str("\"/>");
            }
            Some(Reponse::Chaine(s)) => {
                buf.push_str("<value xsi:type=\"ST\">");
                xml::texte(buf, s)?;
                buf.push_str("</value>");
            }
            _ => buf.push_str("<value xsi:type=\"CD\" nullFlavor=\"NA\"/>"),
        }
        if let Some(items) = items {
            composants_modele(buf, id, &ext, systeme, items)?;
        }
        buf.push_str("</observation></entryRelationship>\n");
    }
    Ok(())
}

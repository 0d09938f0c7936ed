//! The user-level part of the DUI: each resident of 2026 read from the
//! resident files (`schema_usagers.sql`), as a `sidoba::usager::Personne`
//! (identity, INS, stay) and a RAMA usager 2026 report filled through the
//! derive (`correspondance_usager.rs`), validated one by one with findings
//! at `usagers[i].…`.
//!
//! No identity value ever reaches a message: a column the DUI cannot map
//! is an [`Erreur::Donnee`] naming the resident's position and the column,
//! and the `Debug` of [`Usager`] and [`Usagers`] shows none of it.

use crate::correspondance_usager::{Dependance, Droits, Hospitalisation, Risques, SejourAnnee};
use crate::{Contexte, Erreur, quotient_arrondi};
use generated::rama_usager_2026::{
    CauseHospitalisation, Gir, ModeSortie, ProfilSoins, ProtectionJuridique, Rapport,
};
use rusqlite::{Connection, OptionalExtension, params};
use sidoba::derive::Rempli;
use sidoba::usager::{
    Finess, Identite, Ins, Personne, Professionnel, Sejour, Sexe, StatutIdentite, Structure,
    TypeIns, verifier_ins,
};
use sidoba::{Constat, Constats, Date, Decimal};
use std::fmt;

/// First and last day of the year the residents are reported for.
pub const DEBUT_2026: Date = Date::ymd(2026, 1, 1);
pub const FIN_2026: Date = Date::ymd(2026, 12, 31);

/// One resident of the collection: who, and the report.
#[derive(Clone)]
pub struct Usager {
    pub personne: Personne,
    /// The identity's findings, at `usagers[i].identite.…`.
    pub constats_identite: Vec<Constat>,
    pub rapport: Rempli<Rapport>,
}

impl fmt::Debug for Usager {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Usager(<données personnelles masquées>)")
    }
}

/// The residents of 2026 of one structure, in the order of their local
/// identifiers.
#[derive(Clone)]
pub struct Usagers {
    pub structure: Structure,
    /// The collection file's `dateProduction`, and the date a birth date
    /// may not follow.
    pub date_production: Date,
    /// Format 2: the professionals the file names, and the declarant.
    pub professionnels: Vec<Professionnel>,
    pub declarant: Option<String>,
    pub usagers: Vec<Usager>,
}

impl fmt::Debug for Usagers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Usagers")
            .field("structure", &self.structure)
            .field("date_production", &self.date_production)
            .field("usagers", &self.usagers.len())
            .finish()
    }
}

impl Usagers {
    /// Every finding, resident by resident in file order: the identity's,
    /// then the report's (`usagers[3].hospitalisations[0].…`, `usagers[3]`
    /// for a rule of the report).
    pub fn valider(&self) -> Constats {
        let mut out = Vec::new();
        for (i, u) in self.usagers.iter().enumerate() {
            out.extend(u.constats_identite.iter().cloned());
            out.extend(u.rapport.valider().0.into_iter().map(|mut c| {
                c.chemin = if c.chemin.is_empty() {
                    format!("usagers[{i}]")
                } else {
                    format!("usagers[{i}].{}", c.chemin)
                };
                c
            }));
        }
        Constats(out)
    }
}

/// Reads the residents whose stay overlaps 2026, with `date_production`
/// as the collection's date.
pub fn lire_usagers(conn: &Connection, date_production: Date) -> Result<Usagers, Erreur> {
    let (finess, raison_sociale): (String, String) = conn
        .query_row(
            "SELECT finess, raison_sociale FROM etablissement ORDER BY id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .quoi("etablissement")?;
    // Format 2: who answers for the residents' reports is the
    // coordinating physician (the staff table's MEDCO), if any.
    let medco: Option<(String, String, String)> = conn
        .query_row(
            "SELECT p.matricule, p.nom, p.prenom FROM personnels p
             JOIN fonctions f ON f.id = p.fonction_id
             WHERE f.categorie_sidoba = 'MEDCO' AND p.date_sortie IS NULL
             ORDER BY p.id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .ok();
    let professionnels: Vec<Professionnel> = medco
        .into_iter()
        .map(|(matricule, nom, prenom)| Professionnel {
            identifiant: matricule,
            rpps: None,
            nom,
            prenom,
            // TRE_G15: 10, médecin.
            profession: Some("10".into()),
        })
        .collect();
    let finess = Finess::new(&finess).map_err(|e| Erreur::Donnee {
        usager: None,
        colonne: "etablissement.finess",
        raison: e.to_string(),
    })?;
    let mut q = conn
        .prepare(
            "SELECT d.id, (SELECT s.id FROM sejours s
                           WHERE s.dossier_id = d.id AND s.date_admission <= ?2
                             AND (s.date_sortie IS NULL OR s.date_sortie >= ?1)
                           ORDER BY s.date_admission DESC, s.id DESC LIMIT 1) AS sejour
             FROM dossiers d WHERE sejour IS NOT NULL ORDER BY d.numero_dossier, d.id",
        )
        .quoi("dossiers")?;
    let lignes: Vec<(i64, i64)> = q
        .query_map(params![DEBUT_2026.to_string(), FIN_2026.to_string()], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .and_then(Iterator::collect)
        .quoi("dossiers")?;
    let usagers = lignes
        .into_iter()
        .enumerate()
        .map(|(i, (dossier, sejour))| Lecteur { conn, i }.usager(dossier, sejour, date_production))
        .collect::<Result<_, _>>()?;
    Ok(Usagers {
        structure: Structure {
            raison_sociale: Some(raison_sociale),
            ..Structure::new(finess)
        },
        date_production,
        declarant: professionnels.first().map(|p| p.identifiant.clone()),
        professionnels,
        usagers,
    })
}

/// Reads resident `i` (its position in the file).
struct Lecteur<'c> {
    conn: &'c Connection,
    i: usize,
}

/// The identity columns of `dossiers`, as text.
struct IdentiteLue {
    numero: String,
    statut: String,
    ins_type: Option<String>,
    ins_valeur: Option<String>,
    nom: String,
    prenoms: String,
    sexe: String,
    naissance: String,
    rang: Option<i64>,
    lieu: Option<String>,
}

/// The stay's columns.
struct SejourLu {
    numero: String,
    accueil: String,
    admission: String,
    sortie: Option<String>,
    motif: Option<String>,
    lieu_deces: Option<String>,
}

impl Lecteur<'_> {
    fn erreur(&self, colonne: &'static str, raison: impl Into<String>) -> Erreur {
        Erreur::Donnee {
            usager: Some(self.i),
            colonne,
            raison: raison.into(),
        }
    }

    /// A date column; the message never quotes the text (a birth date).
    fn date(&self, texte: &str, colonne: &'static str) -> Result<Date, Erreur> {
        texte
            .parse()
            .map_err(|_| self.erreur(colonne, "pas une date AAAA-MM-JJ valide"))
    }

    fn usager(&self, dossier: i64, sejour: i64, reference: Date) -> Result<Usager, Erreur> {
        let id = self
            .conn
            .query_row(
                "SELECT numero_dossier, statut_identite, ins_type, ins_valeur, nom_naissance,
                        prenoms_naissance, sexe, date_naissance, rang_naissance,
                        lieu_naissance_insee
                 FROM dossiers WHERE id = ?1",
                [dossier],
                |r| {
                    Ok(IdentiteLue {
                        numero: r.get(0)?,
                        statut: r.get(1)?,
                        ins_type: r.get(2)?,
                        ins_valeur: r.get(3)?,
                        nom: r.get(4)?,
                        prenoms: r.get(5)?,
                        sexe: r.get(6)?,
                        naissance: r.get(7)?,
                        rang: r.get(8)?,
                        lieu: r.get(9)?,
                    })
                },
            )
            .quoi("dossiers")?;
        let s = self
            .conn
            .query_row(
                "SELECT numero_sejour, type_accueil, date_admission, date_sortie, motif_sortie,
                        lieu_deces
                 FROM sejours WHERE id = ?1",
                [sejour],
                |r| {
                    Ok(SejourLu {
                        numero: r.get(0)?,
                        accueil: r.get(1)?,
                        admission: r.get(2)?,
                        sortie: r.get(3)?,
                        motif: r.get(4)?,
                        lieu_deces: r.get(5)?,
                    })
                },
            )
            .quoi("sejours")?;
        // The collection requires both identifiers (a stay ending before it
        // begins is rule R04's blocking finding).
        if id.numero.trim().is_empty() {
            return Err(self.erreur("dossiers.numero_dossier", "numéro de dossier vide"));
        }
        if s.numero.trim().is_empty() {
            return Err(self.erreur("sejours.numero_sejour", "numéro de séjour vide"));
        }
        let sejour_annee = self.sejour(&s)?;
        let personne_sejour = Sejour {
            identifiant: s.numero,
            debut: sejour_annee.date_admission,
            fin: sejour_annee.date_sortie,
        };
        let (personne, constats_identite) = self.personne(id, personne_sejour, reference)?;
        // The year as this resident lived it: from admission (or 1 January)
        // to exit (or 31 December).
        let debut = sejour_annee.date_admission.max(DEBUT_2026);
        let fin = sejour_annee
            .date_sortie
            .map_or(FIN_2026, |d| d.min(FIN_2026));
        let (poids, imc) = self.pesee(dossier, debut, fin)?;
        let rapport = Rapport::builder()
            .depuis(&sejour_annee)?
            .depuis(&Dependance {
                gir: self.gir(dossier, fin)?,
                profils_pathos: self.profils(dossier, fin)?,
                dernier_poids: poids,
            })?
            .depuis(&self.droits(dossier, fin)?)?
            .depuis(&self.risques(dossier, debut, fin, imc)?)?
            .lignes(&self.hospitalisations(dossier, fin)?)?
            .construire();
        Ok(Usager {
            personne,
            constats_identite,
            rapport,
        })
    }

    fn sejour(&self, s: &SejourLu) -> Result<SejourAnnee, Erreur> {
        let accueil_temporaire = match s.accueil.as_str() {
            "HP" => false,
            "HT" => true,
            _ => {
                return Err(self.erreur(
                    "sejours.type_accueil",
                    "type d'accueil inconnu (HP ou HT attendu)",
                ));
            }
        };
        let mode_sortie = match (s.motif.as_deref(), s.lieu_deces.as_deref()) {
            (None, _) => None,
            (Some("RETOUR_DOMICILE"), _) => Some(ModeSortie::Domicile),
            (Some("MUTATION"), _) => Some(ModeSortie::Transfert),
            (Some("DECES"), Some("EHPAD")) => Some(ModeSortie::DecesEtab),
            (Some("DECES"), Some("HOPITAL")) => Some(ModeSortie::DecesHopital),
            (Some("DECES"), _) => {
                return Err(self.erreur(
                    "sejours.lieu_deces",
                    "lieu du décès absent ou inconnu (EHPAD ou HOPITAL attendu)",
                ));
            }
            (Some(_), _) => {
                return Err(self.erreur(
                    "sejours.motif_sortie",
                    "motif de sortie inconnu (RETOUR_DOMICILE, MUTATION ou DECES attendu)",
                ));
            }
        };
        Ok(SejourAnnee {
            date_admission: self.date(&s.admission, "sejours.date_admission")?,
            date_sortie: s
                .sortie
                .as_deref()
                .map(|d| self.date(d, "sejours.date_sortie"))
                .transpose()?,
            mode_sortie,
            accueil_temporaire,
        })
    }

    /// The person and the identity's findings. An INS whose key does not
    /// check is not kept (`Ins` cannot hold it): its own findings are made
    /// on the column's text, never quoted.
    fn personne(
        &self,
        id: IdentiteLue,
        sejour: Sejour,
        reference: Date,
    ) -> Result<(Personne, Vec<Constat>), Erreur> {
        let statut = match id.statut.as_str() {
            "PROV" => StatutIdentite::Provisoire,
            "RECUP" => StatutIdentite::Recuperee,
            "VALI" => StatutIdentite::Validee,
            "QUAL" => StatutIdentite::Qualifiee,
            _ => {
                return Err(self.erreur(
                    "dossiers.statut_identite",
                    "statut d'identité inconnu (PROV, RECUP, VALI ou QUAL attendu)",
                ));
            }
        };
        let sexe = match id.sexe.as_str() {
            "F" => Sexe::Feminin,
            "H" => Sexe::Masculin,
            "I" => Sexe::Indetermine,
            _ => return Err(self.erreur("dossiers.sexe", "sexe inconnu (F, H ou I attendu)")),
        };
        // Below 1 is the finding `min` of `rangNaissance`.
        let rang_naissance = u32::try_from(id.rang.unwrap_or(1).max(0)).map_err(|_| {
            self.erreur("dossiers.rang_naissance", "rang de naissance hors limites")
        })?;
        let prenoms_naissance: Vec<String> =
            id.prenoms.split_whitespace().map(str::to_owned).collect();
        let chemin = format!("usagers[{}]", self.i);
        let mut constats = Vec::new();
        let ins = match (id.ins_type.as_deref(), id.ins_valeur.as_deref()) {
            (None, None) => None,
            (Some(t), Some(v)) => {
                let type_ = TypeIns::depuis_code(t).ok_or_else(|| {
                    self.erreur(
                        "dossiers.ins_type",
                        "type d'INS inconnu (NIR ou NIA attendu)",
                    )
                })?;
                match Ins::new(type_, v) {
                    Ok(ins) => Some(ins),
                    Err(_) => {
                        verifier_ins(
                            Some(statut),
                            Some(v),
                            &format!("{chemin}.identite"),
                            &mut constats,
                        );
                        None
                    }
                }
            }
            (None, Some(_)) => {
                return Err(self.erreur("dossiers.ins_type", "INS sans son type (NIR ou NIA)"));
            }
            (Some(_), None) => {
                return Err(self.erreur("dossiers.ins_valeur", "type d'INS sans sa valeur"));
            }
        };
        let personne = Personne {
            identifiant: id.numero,
            identite: Identite {
                statut,
                ins,
                nom_naissance: id.nom,
                premier_prenom: prenoms_naissance.first().cloned().unwrap_or_default(),
                prenoms_naissance,
                sexe,
                rang_naissance,
                date_naissance: self.date(&id.naissance, "dossiers.date_naissance")?,
                lieu_naissance: id.lieu,
            },
            sejour,
            evenements: Vec::new(),
            evaluations: Vec::new(),
        };
        let mut reste = Vec::new();
        personne.verifier(reference, &chemin, &mut reste);
        if constats.is_empty() {
            constats = reste;
        } else {
            // The refused INS's findings stand for the INS the typed
            // identity lacks.
            let ins = format!("{chemin}.identite.ins");
            constats.extend(reste.into_iter().filter(|c| c.chemin != ins));
        }
        Ok((personne, constats))
    }

    /// The last AGGIR evaluation up to `fin`.
    fn gir(&self, dossier: i64, fin: Date) -> Result<Option<Gir>, Erreur> {
        let gir: Option<i64> = self
            .conn
            .query_row(
                "SELECT gir FROM evaluations_aggir WHERE dossier_id = ?1 AND date_evaluation <= ?2
                 ORDER BY date_evaluation DESC, id DESC LIMIT 1",
                params![dossier, fin.to_string()],
                |r| r.get(0),
            )
            .optional()
            .quoi("evaluations_aggir")?;
        gir.map(|g| {
            g.to_string()
                .parse()
                .map_err(|_| self.erreur("evaluations_aggir.gir", "un GIR va de 1 à 6"))
        })
        .transpose()
    }

    /// The profiles of the last PATHOS assessment up to `fin`.
    fn profils(&self, dossier: i64, fin: Date) -> Result<Vec<ProfilSoins>, Erreur> {
        let mut q = self
            .conn
            .prepare_cached(
                "SELECT profil FROM profils_pathos WHERE dossier_id = ?1 AND date_coupe =
                    (SELECT MAX(date_coupe) FROM profils_pathos
                     WHERE dossier_id = ?1 AND date_coupe <= ?2)
                 ORDER BY profil",
            )
            .quoi("profils_pathos")?;
        let profils: Vec<String> = q
            .query_map(params![dossier, fin.to_string()], |r| r.get(0))
            .and_then(Iterator::collect)
            .quoi("profils_pathos")?;
        profils
            .iter()
            .map(|p| {
                p.parse()
                    .map_err(|e| self.erreur("profils_pathos.profil", format!("{e}")))
            })
            .collect()
    }

    /// The weight (kg, 1 decimal) and the BMI (2 decimals) of the last
    /// weighing of the period, exactly.
    fn pesee(
        &self,
        dossier: i64,
        debut: Date,
        fin: Date,
    ) -> Result<(Option<Decimal>, Option<Decimal>), Erreur> {
        let pesee: Option<(i64, Option<i64>)> = self
            .conn
            .query_row(
                "SELECT poids_hg, taille_cm FROM pesees
                 WHERE dossier_id = ?1 AND date_pesee BETWEEN ?2 AND ?3
                 ORDER BY date_pesee DESC, id DESC LIMIT 1",
                params![dossier, debut.to_string(), fin.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .quoi("pesees")?;
        let Some((hg, taille)) = pesee else {
            return Ok((None, None));
        };
        // kg / m² = (hg / 10) / (cm / 100)² = hg × 1000 / cm².
        let imc = match taille {
            None => None,
            Some(cm) => {
                let (n, d) = hg
                    .checked_mul(1000)
                    .zip(cm.checked_mul(cm))
                    .ok_or_else(|| {
                        self.erreur("pesees.poids_hg", "poids ou taille hors limites")
                    })?;
                quotient_arrondi(n, d, 2)
            }
        };
        Ok((Some(Decimal::new(hg, 1)), imc))
    }

    fn droits(&self, dossier: i64, fin: Date) -> Result<Droits, Erreur> {
        let fin = fin.to_string();
        let mesure: Option<String> = self
            .conn
            .query_row(
                "SELECT mesure FROM mesures_protection
                 WHERE dossier_id = ?1 AND date_jugement <= ?2 AND (date_fin IS NULL OR date_fin >= ?2)
                 ORDER BY date_jugement DESC, id DESC LIMIT 1",
                params![dossier, fin],
                |r| r.get(0),
            )
            .optional()
            .quoi("mesures_protection")?;
        let mesure_protection = match mesure.as_deref() {
            None => ProtectionJuridique::Aucune,
            Some("TUTELLE") => ProtectionJuridique::Tutelle,
            Some("CURATELLE_SIMPLE" | "CURATELLE_RENFORCEE") => ProtectionJuridique::Curatelle,
            Some("SAUVEGARDE_JUSTICE") => ProtectionJuridique::Sauvegarde,
            Some("HABILITATION_FAMILIALE") => ProtectionJuridique::Habilitation,
            Some("MANDAT_PROTECTION_FUTURE") => ProtectionJuridique::Mandat,
            Some(_) => {
                return Err(self.erreur(
                    "mesures_protection.mesure",
                    "mesure de protection inconnue de la correspondance",
                ));
            }
        };
        let (personne_confiance_designee, directives_redigees) = self
            .conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM personnes_confiance
                                WHERE dossier_id = ?1 AND date_designation <= ?2),
                        EXISTS (SELECT 1 FROM directives_anticipees
                                WHERE dossier_id = ?1 AND date_redaction <= ?2)",
                params![dossier, fin],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .quoi("personnes_confiance, directives_anticipees")?;
        Ok(Droits {
            mesure_protection,
            personne_confiance_designee,
            directives_redigees,
        })
    }

    fn risques(
        &self,
        dossier: i64,
        debut: Date,
        fin: Date,
        imc: Option<Decimal>,
    ) -> Result<Risques, Erreur> {
        self.conn
            .query_row(
                "SELECT (SELECT COUNT(*) FROM chutes
                         WHERE dossier_id = ?1 AND date_chute BETWEEN ?2 AND ?3),
                        COALESCE(MAX(type = 'ESCARRE'), 0), COALESCE(MAX(type = 'CONTENTION'), 0),
                        COALESCE(MAX(type = 'DENUTRITION'), 0),
                        COALESCE(MAX(type = 'NEUROLEPTIQUE'), 0)
                 FROM surveillances
                 WHERE dossier_id = ?1 AND debut <= ?3 AND (fin IS NULL OR fin >= ?2)",
                params![dossier, debut.to_string(), fin.to_string()],
                |r| {
                    Ok(Risques {
                        chutes: r.get(0)?,
                        escarre: r.get(1)?,
                        contention: r.get(2)?,
                        denutrition: r.get(3)?,
                        neuroleptique: r.get(4)?,
                        imc,
                    })
                },
            )
            .quoi("chutes, surveillances")
    }

    /// Hospital stays begun in 2026, in order; one still going on counts
    /// up to `fin` (the exit, or 31 December).
    fn hospitalisations(&self, dossier: i64, fin: Date) -> Result<Vec<Hospitalisation>, Erreur> {
        let mut q = self
            .conn
            .prepare_cached(
                "SELECT date_entree, date_retour, motif FROM hospitalisations
                 WHERE dossier_id = ?1 AND date_entree BETWEEN ?2 AND ?3
                 ORDER BY date_entree, id",
            )
            .quoi("hospitalisations")?;
        let lignes: Vec<(String, Option<String>, Option<String>)> = q
            .query_map(
                params![dossier, DEBUT_2026.to_string(), FIN_2026.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .and_then(Iterator::collect)
            .quoi("hospitalisations")?;
        lignes
            .into_iter()
            .map(|(entree, retour, motif)| {
                let entree = self.date(&entree, "hospitalisations.date_entree")?;
                let retour = match retour {
                    Some(r) => self.date(&r, "hospitalisations.date_retour")?,
                    None => fin,
                };
                let cause = match motif.as_deref() {
                    None => None,
                    Some("TRAUMATOLOGIE") => Some(CauseHospitalisation::Chute),
                    Some("CARDIOLOGIE") => Some(CauseHospitalisation::Cardio),
                    Some("INFECTIOLOGIE") => Some(CauseHospitalisation::Infect),
                    Some("NUTRITION") => Some(CauseHospitalisation::Denutr),
                    Some("PSYCHIATRIE") => Some(CauseHospitalisation::Psy),
                    Some("PROGRAMMEE") => Some(CauseHospitalisation::Prog),
                    Some("AUTRE") => Some(CauseHospitalisation::Autre),
                    Some(_) => {
                        return Err(self.erreur(
                            "hospitalisations.motif",
                            "motif d'hospitalisation inconnu de la correspondance",
                        ));
                    }
                };
                Ok(Hospitalisation {
                    entree,
                    jours: jours(retour) - jours(entree),
                    cause,
                })
            })
            .collect()
    }
}

/// Day number of a date (days since 1970-01-01).
fn jours(d: Date) -> i64 {
    crate::remplissage::numero(d.annee().into(), d.mois().into(), d.jour().into())
}

/// Today's date (UTC), the default `dateProduction` of the command.
pub fn date_du_jour() -> Date {
    let secondes = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let jour = i64::try_from(secondes / 86_400).unwrap_or(0);
    crate::remplissage::date(jour).parse().unwrap_or(DEBUT_2026)
}

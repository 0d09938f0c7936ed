//! Accounts (the accounts file of api.md) and tokens. Secrets are compared
//! through their SHA-256 in constant time; tokens are 256 random bits,
//! known to the server only by their SHA-256 (in memory and in SQLite).
//! An account may carry the screen's second factor (`totp`), never shown
//! in `Debug` or in an error.

use crate::Erreur;
use crate::contrat::Role;
use crate::store::Store;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;
use std::sync::Mutex;
use subtle::ConstantTimeEq;

#[derive(Deserialize)]
struct Fichier {
    comptes: Vec<CompteFichier>,
}

#[derive(Deserialize)]
struct CompteFichier {
    client_id: String,
    secret_sha256: String,
    habilitations: Vec<HabilitationFichier>,
    /// The base32 secret of the screen's RFC 6238 codes.
    #[serde(default)]
    totp: Option<String>,
}

#[derive(Deserialize)]
struct HabilitationFichier {
    finess: String,
    roles: Vec<Role>,
}

/// A technical account and its roles per FINESS.
pub struct Compte {
    pub client_id: String,
    secret_sha256: [u8; 32],
    pub roles: BTreeMap<String, BTreeSet<Role>>,
    /// The screen asks for a code after the secret (api.md, `totp`).
    pub second_facteur: Option<SecondFacteur>,
}

/// RFC 6238 codes as api.md fixes them: HMAC-SHA-1, 6 digits, 30-second
/// steps, one step of drift either way. `Debug` never shows the secret.
pub struct SecondFacteur(totp_rs::Totp);

impl std::fmt::Debug for SecondFacteur {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecondFacteur(..)")
    }
}

impl SecondFacteur {
    /// From the accounts file's base32 (case, spaces and padding aside);
    /// `None` unless it decodes to at least 128 bits (RFC 4226 §4).
    fn depuis_base32(texte: &str) -> Option<SecondFacteur> {
        let propre: String = texte
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '=')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let secret = totp_rs::Secret::try_from_base32(propre).ok()?;
        totp_rs::Builder::new()
            .with_algorithm(totp_rs::Algorithm::SHA1)
            .with_digits(6)
            .with_step_duration(30)
            .with_skew(1)
            .with_secret(secret)
            .build()
            .ok()
            .map(SecondFacteur)
    }

    /// The step (30-second period since the epoch) the code is valid for
    /// now, within one step of drift; `None` for a wrong code.
    pub fn pas(&self, code: &str) -> Option<u64> {
        let maintenant = u64::try_from(jiff::Timestamp::now().as_second()).ok()?;
        self.0.check(code.trim(), maintenant)
    }
}

impl std::fmt::Debug for Compte {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Compte")
            .field("client_id", &self.client_id)
            .finish_non_exhaustive()
    }
}

impl Compte {
    /// Whether the account holds one of `roles` on `finess`.
    pub fn a_un_role(&self, finess: &str, roles: &[Role]) -> bool {
        self.roles
            .get(finess)
            .is_some_and(|r| roles.iter().any(|x| r.contains(x)))
    }
}

pub struct Comptes(BTreeMap<String, std::sync::Arc<Compte>>);

impl Comptes {
    pub fn charger(chemin: &Path) -> Result<Comptes, Erreur> {
        let nom = chemin.display();
        let octets = std::fs::read(chemin).map_err(|e| {
            Erreur(format!(
                "impossible de lire le fichier des comptes {nom} : {}",
                sidoba_core::fichier::raison(&e)
            ))
        })?;
        // serde_json's messages name the key or type at fault, never the
        // value of a secret (they do not quote strings' contents).
        let f: Fichier = serde_json::from_slice(&octets).map_err(|e| {
            Erreur(format!(
                "{nom} : fichier des comptes invalide (ligne {}, colonne {})",
                e.line(),
                e.column()
            ))
        })?;
        let mut comptes = BTreeMap::new();
        for (i, c) in f.comptes.into_iter().enumerate() {
            let secret = decoder_hex(&c.secret_sha256).ok_or_else(|| {
                Erreur(format!(
                    "{nom} : comptes[{i}].secret_sha256 doit être 64 chiffres hexadécimaux"
                ))
            })?;
            let second_facteur = match c.totp.as_deref() {
                None => None,
                Some(t) => Some(SecondFacteur::depuis_base32(t).ok_or_else(|| {
                    Erreur(format!(
                        "{nom} : comptes[{i}].totp doit être un secret en base32 d'au moins 128 bits (26 caractères)"
                    ))
                })?),
            };
            let mut roles: BTreeMap<String, BTreeSet<Role>> = BTreeMap::new();
            for h in c.habilitations {
                roles.entry(h.finess).or_default().extend(h.roles);
            }
            let id = c.client_id.clone();
            let compte = Compte {
                client_id: c.client_id,
                secret_sha256: secret,
                roles,
                second_facteur,
            };
            if comptes
                .insert(id.clone(), std::sync::Arc::new(compte))
                .is_some()
            {
                return Err(Erreur(format!(
                    "{nom} : le compte {id} est déclaré deux fois"
                )));
            }
        }
        Ok(Comptes(comptes))
    }

    /// The account whose secret this is; the comparison takes the same time
    /// whatever the secret (and an unknown account costs the same).
    pub fn authentifier(&self, client_id: &str, secret: &str) -> Option<std::sync::Arc<Compte>> {
        let empreinte: [u8; 32] = Sha256::digest(secret.as_bytes()).into();
        let compte = self.0.get(client_id);
        let attendu = compte.map_or([0u8; 32], |c| c.secret_sha256);
        let egal: bool = empreinte.ct_eq(&attendu).into();
        compte.filter(|_| egal).cloned()
    }

    pub fn get(&self, client_id: &str) -> Option<&std::sync::Arc<Compte>> {
        self.0.get(client_id)
    }
}

fn decoder_hex(s: &str) -> Option<[u8; 32]> {
    let o = s.as_bytes();
    if o.len() != 64 {
        return None;
    }
    let mut r = [0u8; 32];
    for (i, paire) in o.chunks(2).enumerate() {
        let n = |c: u8| (c as char).to_digit(16);
        r[i] = u8::try_from(n(paire[0])? * 16 + n(paire[1])?).ok()?;
    }
    Some(r)
}

pub fn hex(o: &[u8]) -> String {
    o.iter().map(|b| format!("{b:02x}")).collect()
}

/// Live tokens by the SHA-256 of their value, mirrored in SQLite so that a
/// restart keeps them.
pub struct Jetons {
    par_empreinte: Mutex<HashMap<[u8; 32], (String, i64)>>,
    store: Store,
    pub ttl: u64,
}

impl Jetons {
    pub fn charger(store: Store, ttl: u64) -> Result<Jetons, Erreur> {
        let mut m = HashMap::new();
        for (e, client, expire) in store.jetons()? {
            if let Ok(e) = <[u8; 32]>::try_from(e.as_slice()) {
                m.insert(e, (client, expire));
            }
        }
        Ok(Jetons {
            par_empreinte: Mutex::new(m),
            store,
            ttl,
        })
    }

    /// A new token for the account (stored before it is handed out).
    pub fn emettre(&self, client_id: &str) -> Result<String, Erreur> {
        let mut alea = [0u8; 32];
        getrandom::fill(&mut alea)
            .map_err(|_| Erreur("générateur aléatoire indisponible".into()))?;
        let jeton = hex(&alea);
        let empreinte: [u8; 32] = Sha256::digest(jeton.as_bytes()).into();
        let ttl_ms = i64::try_from(self.ttl.saturating_mul(1000)).unwrap_or(i64::MAX);
        let expire = maintenant().saturating_add(ttl_ms);
        self.store.ajouter_jeton(&empreinte, client_id, expire)?;
        self.verrou()
            .insert(empreinte, (client_id.to_owned(), expire));
        Ok(jeton)
    }

    /// The account of a live token. The lookup is by the token's SHA-256:
    /// timing reveals at most something about a hash, not the token.
    pub fn verifier(&self, jeton: &str) -> Option<String> {
        let empreinte: [u8; 32] = Sha256::digest(jeton.as_bytes()).into();
        let mut m = self.verrou();
        let (client, expire) = m.get(&empreinte)?.clone();
        if expire <= maintenant() {
            m.remove(&empreinte);
            return None;
        }
        Some(client)
    }

    fn verrou(&self) -> std::sync::MutexGuard<'_, HashMap<[u8; 32], (String, i64)>> {
        self.par_empreinte.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Milliseconds since the epoch (a one-second TTL is one second).
fn maintenant() -> i64 {
    jiff::Timestamp::now().as_millisecond()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trip() {
        let d: [u8; 32] = Sha256::digest(b"s").into();
        assert_eq!(decoder_hex(&hex(&d)), Some(d));
        assert_eq!(decoder_hex("zz"), None);
        assert_eq!(decoder_hex(&"g".repeat(64)), None);
    }

    #[test]
    fn second_factor_secret_stays_out_of_debug() {
        let base32 = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        let f = SecondFacteur::depuis_base32(base32).unwrap();
        let compte = Compte {
            client_id: "c".into(),
            secret_sha256: [7; 32],
            roles: BTreeMap::new(),
            second_facteur: Some(f),
        };
        let vu = format!("{compte:?} {:?}", compte.second_facteur);
        assert!(!vu.contains(base32) && !vu.contains("Hello"), "{vu}");
        // Lower case, spaces and padding are the same secret.
        assert!(
            SecondFacteur::depuis_base32("jbsw y3dp ehpk 3pxp jbsw y3dp ehpk 3pxp==").is_some()
        );
        // 40 bits: too short.
        assert!(SecondFacteur::depuis_base32("JBSWY3DP").is_none());
        assert!(SecondFacteur::depuis_base32("PAS-DU-BASE32!").is_none());
    }
}

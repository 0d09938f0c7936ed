//! Where a check stands in the payload, as findings write it
//! (`effectifs[1].etp`): shared by the reader's rejections (`lu.rs`) and
//! the field checks (`verif.rs`), below both.

/// Where we are in the payload: `""` at top level, `"effectifs[1]."` in a row.
/// Paths are only formatted when a finding is made; the prefix itself is
/// kept inline (no allocation) while it is short, so that walking the rows
/// of a valid report allocates nothing.
#[derive(Clone)]
pub struct Chemin(Tampon);

/// The prefix's bytes: inline up to `EN_LIGNE`, on the heap beyond.
#[derive(Clone)]
enum Tampon {
    EnLigne {
        octets: [u8; EN_LIGNE],
        longueur: u8,
    },
    Tas(String),
}

/// Enough for a row of a row (`un_bloc[12].un_autre_bloc[3].`).
const EN_LIGNE: usize = 96;

impl Chemin {
    pub fn racine() -> Chemin {
        // Empty: no allocation, and no inline buffer to fill (the rules
        // check values against the root path on every read).
        Chemin(Tampon::Tas(String::new()))
    }

    fn texte(&self) -> &str {
        match &self.0 {
            // Only whole `str`s are ever copied in (see `ligne`).
            Tampon::EnLigne { octets, longueur } => {
                std::str::from_utf8(&octets[..usize::from(*longueur)]).unwrap_or_default()
            }
            Tampon::Tas(s) => s,
        }
    }

    /// Le chemin d'un champ ou d'un bloc à cet endroit.
    pub fn de(&self, code: &str) -> String {
        let prefixe = self.texte();
        let mut s = String::with_capacity(prefixe.len() + code.len());
        s.push_str(prefixe);
        s.push_str(code);
        s
    }

    /// Le préfixe de la ligne `i` du bloc `code`.
    pub fn ligne(&self, code: &str, i: usize) -> Chemin {
        let prefixe = self.texte();
        let mut index = itoa::Buffer::new();
        let index = index.format(i);
        let parties = [prefixe, code, "[", index, "]."];
        let n: usize = parties.iter().map(|p| p.len()).sum();
        if n <= EN_LIGNE {
            let mut octets = [0; EN_LIGNE];
            let mut k = 0;
            for p in parties {
                octets[k..k + p.len()].copy_from_slice(p.as_bytes());
                k += p.len();
            }
            // `n <= EN_LIGNE < 256`.
            let longueur = u8::try_from(n).unwrap_or(u8::MAX);
            Chemin(Tampon::EnLigne { octets, longueur })
        } else {
            Chemin(Tampon::Tas(parties.concat()))
        }
    }

    /// Enters row `i` of block `code` in place (what [`Chemin::ligne`]
    /// gives, without a new path); returns the length `sortir` restores.
    pub(crate) fn entrer(&mut self, code: &str, i: usize) -> usize {
        let avant = self.texte().len();
        let mut index = itoa::Buffer::new();
        let parties = [code, "[", index.format(i), "]."];
        let n = avant + parties.iter().map(|p| p.len()).sum::<usize>();
        if let Tampon::Tas(s) = &mut self.0
            && (!s.is_empty() || n > EN_LIGNE)
        {
            parties.iter().for_each(|p| s.push_str(p));
            return avant;
        }
        if n > EN_LIGNE {
            let mut s = self.texte().to_owned();
            parties.iter().for_each(|p| s.push_str(p));
            self.0 = Tampon::Tas(s);
            return avant;
        }
        if matches!(self.0, Tampon::Tas(_)) {
            // The root (empty): inline from now on.
            self.0 = Tampon::EnLigne {
                octets: [0; EN_LIGNE],
                longueur: 0,
            };
        }
        if let Tampon::EnLigne { octets, longueur } = &mut self.0 {
            let mut k = usize::from(*longueur);
            for p in parties {
                octets[k..k + p.len()].copy_from_slice(p.as_bytes());
                k += p.len();
            }
            // `k == n <= EN_LIGNE < 256`.
            *longueur = u8::try_from(k).unwrap_or(u8::MAX);
        }
        avant
    }

    /// Back to the prefix of length `longueur` (from [`Chemin::entrer`]).
    pub(crate) fn sortir(&mut self, longueur: usize) {
        match &mut self.0 {
            Tampon::EnLigne { longueur: l, .. } => {
                *l = u8::try_from(longueur).unwrap_or(*l).min(*l);
            }
            Tampon::Tas(s) => s.truncate(longueur),
        }
    }

    /// Le chemin de la ligne elle-même (`effectifs[1]`), pour les règles de
    /// ligne.
    pub fn sans_point(&self) -> &str {
        let s = self.texte();
        s.strip_suffix('.').unwrap_or(s)
    }
}

impl Default for Chemin {
    fn default() -> Chemin {
        Chemin::racine()
    }
}

impl PartialEq for Chemin {
    fn eq(&self, autre: &Chemin) -> bool {
        self.texte() == autre.texte()
    }
}

impl Eq for Chemin {}

impl std::fmt::Debug for Chemin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Chemin").field(&self.texte()).finish()
    }
}

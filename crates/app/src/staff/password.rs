//! Passwords kept as Argon2id PHC strings (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`): the
//! parameters travel with each hash, so raising them later leaves old passwords valid.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::{AppError, Result};

/// Memory in KiB, passes, lanes: 64 MiB and 6 passes take about 250 ms a sign-in on two
/// cores (measured with `ardoise bench login`; README, Benchmarks). One lane: this
/// version of the crate computes lanes one after the other, so more lanes would only
/// cost time, not buy strength.
pub const MEMORY_KIB: u32 = 65_536;
pub const PASSES: u32 = 6;
pub const LANES: u32 = 1;

fn argon2() -> Argon2<'static> {
    let params = Params::new(MEMORY_KIB, PASSES, LANES, None).expect("valid Argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// A new hash of `password`, with a salt of its own.
pub fn hash(password: &str) -> Result<String> {
    let salt = SaltString::encode_b64(uuid::Uuid::new_v4().as_bytes())
        .map_err(|e| AppError::Refused(e.to_string()))?;
    argon2()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AppError::Refused(e.to_string()))
}

/// Whether `password` is the one `phc` was made from; a damaged hash matches nothing.
pub fn verify(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .map(|h| argon2().verify_password(password.as_bytes(), &h).is_ok())
        .unwrap_or(false)
}

/// The time a wrong user name costs, as a wrong password does: the answer does not say
/// which accounts exist.
pub fn waste_time(password: &str) {
    let _ = verify(password, DEMO_HASH);
}

/// `demo`, hashed once with the parameters above: the demo book's four accounts share
/// it (their password is printed in the README), so making a demo book costs no
/// hashing.
pub const DEMO_HASH: &str =
    "$argon2id$v=19$m=65536,t=6,p=1$+qNqEz/BRQG9E1Hf4dx6jQ$nJBqcYC5MvpQ+GkLTqnWsr24GiLK85PTzfYQ890iLO0";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_verifies_against_its_own_hash_only() {
        let h = hash("correct horse battery").unwrap();
        assert!(h.starts_with(&format!(
            "$argon2id$v=19$m={MEMORY_KIB},t={PASSES},p={LANES}$"
        )));
        assert!(verify("correct horse battery", &h));
        assert!(!verify("correct horse batterY", &h));
        assert_ne!(h, hash("correct horse battery").unwrap(), "salt reused");
        assert!(!verify("x", "not a hash"));
    }

    #[test]
    fn the_demo_hash_is_demo() {
        assert!(verify("demo", DEMO_HASH), "{}", hash("demo").unwrap());
        assert!(!verify("demo ", DEMO_HASH));
    }
}

//! Starts the real desktop app through tauri-driver (which drives WebKitWebDriver) and
//! gives tests a WebDriver session on its window.
//!
//! Needs: the app built with `--features custom-protocol` (so it serves ui/dist), the
//! `tauri-driver` and `WebKitWebDriver` binaries, and an X display (xvfb-run in CI).

pub mod fixtures;
pub mod inspect;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use thirtyfour::prelude::*;

/// The desktop binary, as `cargo build -p ardoise-desktop --features custom-protocol`
/// leaves it (or `ARDOISE_APP`).
pub fn app_binary() -> PathBuf {
    if let Some(p) = std::env::var_os("ARDOISE_APP") {
        return PathBuf::from(p);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"));
    target.join("debug/ardoise-desktop")
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}

/// Where a failing wait leaves a picture of the window.
fn failure_shot(what: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/e2e");
    let _ = std::fs::create_dir_all(&dir);
    let name: String = what
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    dir.join(format!("failed-{name}.png"))
}

/// The demo book's administrator, who holds every role, and the demo accounts' password.
pub const ADMIN: &str = "admin";
pub const DEMO_PASSWORD: &str = "demo";

/// The first screens the window can open on, and the window of someone signed in.
pub const WELCOME: &str = "[data-testid=welcome]";
pub const SIGN_IN: &str = "[data-testid=sign-in]";
pub const FIRST_ADMIN: &str = "[data-testid=first-admin]";
pub const SIGNED_IN: &str = "[data-testid=user-menu]";
const BOOT_ERROR: &str = "[data-testid=boot-error]";

/// One run of the app: tauri-driver, then a WebDriver session that launched the window.
pub struct App {
    driver: Child,
    pub web: WebDriver,
}

impl App {
    /// Launches the app on the book at `db`, with the business date and language given.
    pub async fn launch(db: &Path, today: &str, lang: &str) -> App {
        App::launch_with(db, today, lang, &[]).await
    }

    /// The same, with more of the app's environment (a D-Bus session bus, say).
    ///
    /// On a book that asks who is there, signs in as the demo's administrator (every
    /// role), as every test acted before the book had accounts.
    pub async fn launch_with(db: &Path, today: &str, lang: &str, env: &[(&str, &str)]) -> App {
        let app = App::launch_signed_out(db, today, lang, env).await;
        let first = app
            .find(&[WELCOME, SIGN_IN, FIRST_ADMIN, SIGNED_IN, BOOT_ERROR].join(", "))
            .await;
        if first.attr("data-testid").await.ok().flatten().as_deref() == Some("sign-in") {
            app.sign_in(ADMIN, DEMO_PASSWORD).await;
        }
        app
    }

    /// Launches the app and leaves its first screen as it comes (welcome, sign-in, first
    /// administrator).
    pub async fn launch_signed_out(
        db: &Path,
        today: &str,
        lang: &str,
        env: &[(&str, &str)],
    ) -> App {
        let binary = app_binary();
        assert!(
            binary.exists(),
            "{} is missing: build it with `cargo build -p ardoise-desktop --features custom-protocol`",
            binary.display()
        );
        // A window that could not start (GTK once failed to open the display under a
        // loaded Xvfb) leaves WebKitWebDriver unable to give a session: start over with
        // a fresh driver, three times at most.
        for attempt in 1..=3 {
            if let Some(app) = App::try_launch(&binary, db, today, lang, env).await {
                return app;
            }
            eprintln!("no WebDriver session (attempt {attempt} of 3): starting over");
        }
        panic!("no WebDriver session from tauri-driver after three starts");
    }

    async fn try_launch(
        binary: &Path,
        db: &Path,
        today: &str,
        lang: &str,
        env: &[(&str, &str)],
    ) -> Option<App> {
        let port = free_port();
        let native = free_port();
        let mut command = Command::new("tauri-driver");
        // Its own process group, so quitting ends WebKitWebDriver (its child) too.
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let driver = command
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native.to_string(),
            ])
            .env("ARDOISE_DB", db)
            .env("ARDOISE_TODAY", today)
            .env("LANG", lang)
            .env("LANGUAGE", lang)
            .env("LC_ALL", lang)
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("tauri-driver on the PATH (cargo install tauri-driver --locked)");
        let url = format!("http://127.0.0.1:{port}");
        let caps: serde_json::Map<String, serde_json::Value> =
            serde_json::from_value(serde_json::json!({
                "browserName": "wry",
                "tauri:options": { "application": binary },
            }))
            .expect("capabilities");
        // tauri-driver takes a moment to listen.
        let started = Instant::now();
        let mut driver = Some(driver);
        loop {
            match WebDriver::new(&url, caps.clone()).await {
                Ok(web) => {
                    return driver.take().map(|driver| App { driver, web });
                }
                Err(_) if started.elapsed() < Duration::from_secs(20) => {
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
                Err(e) => {
                    eprintln!("no WebDriver session from tauri-driver: {e}");
                    if let Some(mut d) = driver.take() {
                        stop_driver(&mut d);
                    }
                    return None;
                }
            }
        }
    }

    /// Waits (up to 15 s) for the first element matching `css`.
    pub async fn find(&self, css: &str) -> WebElement {
        self.web
            .query(By::Css(css))
            .wait(Duration::from_secs(15), Duration::from_millis(100))
            .first()
            .await
            .unwrap_or_else(|e| panic!("no element {css}: {e}"))
    }

    /// Every element matching `css` right now.
    pub async fn all(&self, css: &str) -> Vec<WebElement> {
        self.web.find_all(By::Css(css)).await.unwrap_or_default()
    }

    /// Waits until `check` holds on the elements matching `css`.
    pub async fn wait_for<F>(&self, what: &str, css: &str, check: F) -> Vec<WebElement>
    where
        F: Fn(&[String]) -> bool,
    {
        let started = Instant::now();
        loop {
            // innerText is what a person reads; WebKit's WebDriver text command reports
            // "" for an ellipsis-truncated heading (overflow: hidden).
            let texts: Vec<String> = self
                .web
                .execute(
                    "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.innerText)",
                    vec![serde_json::json!(css)],
                )
                .await
                .and_then(|r| r.convert())
                .unwrap_or_default();
            if check(&texts) {
                return self.all(css).await;
            }
            if started.elapsed() > Duration::from_secs(15) {
                let shot = failure_shot(what);
                let _ = self.web.screenshot(&shot).await;
                panic!(
                    "{what}: {css} never matched; last seen {texts:?} (screenshot {})",
                    shot.display()
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Signs in on the sign-in screen and waits for the window of the person signed in.
    pub async fn sign_in(&self, username: &str, password: &str) {
        self.find(SIGN_IN).await;
        self.fill("username", username).await;
        self.fill("password", password).await;
        self.find("[data-testid=sign-in-submit]")
            .await
            .click()
            .await
            .expect("sign in");
        self.find(SIGNED_IN).await;
    }

    /// Starts a new book on demo data from the first-start screen, signs in as its
    /// administrator and opens the customers list (the window may open on another home
    /// screen).
    pub async fn start_demo(&self) {
        self.find("[data-testid=start-demo]")
            .await
            .click()
            .await
            .expect("start demo");
        // The demo book lives through months of history (and imports Microsoft's files)
        // before the sign-in screen shows: on a loaded machine, longer than `find` waits.
        self.web
            .query(By::Css(SIGN_IN))
            .wait(Duration::from_secs(90), Duration::from_millis(200))
            .first()
            .await
            .unwrap_or_else(|e| panic!("the demo book never opened: {e}"));
        self.sign_in(ADMIN, DEMO_PASSWORD).await;
        self.find("[data-testid=nav-customers]")
            .await
            .click()
            .await
            .expect("open the customers");
    }

    /// Types into the form field named `name` (replacing what it held).
    pub async fn fill(&self, name: &str, value: &str) {
        let field = self.find(&format!("[name='{name}']")).await;
        field.clear().await.expect("clear field");
        field.send_keys(value).await.expect("type in field");
    }

    /// Types a date (`YYYY-MM-DD`) into the date field named `name` as a person types it
    /// in the window, day first (the window reads dd/mm/yyyy in both languages, whatever
    /// the system's locale), and checks the date the field then holds: its `data-value`,
    /// the ISO date the form sends.
    pub async fn fill_date(&self, name: &str, iso: &str) {
        let parts: Vec<&str> = iso.split('-').collect();
        let [y, m, d] = parts[..] else {
            panic!("{iso} is not YYYY-MM-DD");
        };
        self.fill(name, &format!("{d}/{m}/{y}")).await;
        let started = Instant::now();
        loop {
            let held: String = self
                .web
                .execute(
                    "return document.querySelector(`[name='${arguments[0]}']`).dataset.value ?? ''",
                    vec![serde_json::json!(name)],
                )
                .await
                .and_then(|r| r.convert())
                .unwrap_or_default();
            if held == iso {
                return;
            }
            if started.elapsed() > Duration::from_secs(5) {
                panic!(
                    "the date field {name} holds {held:?} after {d}/{m}/{y} was typed, not {iso}"
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Chooses `value` in the select named `name`.
    pub async fn choose(&self, name: &str, value: &str) {
        self.find(&format!("select[name='{name}'] option[value='{value}']"))
            .await
            .click()
            .await
            .expect("choose option");
    }

    pub async fn screenshot(&self, path: &Path) {
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        self.web.screenshot(path).await.expect("screenshot");
    }

    /// Ends the session (which closes the window) and tauri-driver.
    pub async fn quit(self) {
        let _ = self.web.clone().quit().await;
        // Dropping ends tauri-driver and WebKitWebDriver.
    }
}

/// A test that fails before `quit` still ends tauri-driver and WebKitWebDriver: left
/// running, they hold the test's output open and the next run's ports.
impl Drop for App {
    fn drop(&mut self) {
        stop_driver(&mut self.driver);
    }
}

/// Ends tauri-driver and its process group (WebKitWebDriver).
fn stop_driver(driver: &mut Child) {
    #[cfg(unix)]
    let _ = Command::new("kill")
        .args(["-TERM", "--", &format!("-{}", driver.id())])
        .status();
    let _ = driver.kill();
    let _ = driver.wait();
}

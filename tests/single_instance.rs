//! One window per book: a second launch on the same book hands over to the first window
//! (raised and focused) and exits at once; a launch on another book opens its own.
//!
//! The single-instance plugin finds the first window on the D-Bus session bus (Linux);
//! the test starts a private bus so it neither needs nor disturbs the desktop's.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use ardoise_e2e::fixtures::shot;
use ardoise_e2e::{app_binary, App};

const TODAY: &str = "2026-11-25";

/// A private session bus, ended with the test.
struct Bus {
    daemon: Child,
    address: String,
}

impl Bus {
    fn start() -> Bus {
        let mut daemon = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("dbus-daemon (scripts/setup installs it)");
        let mut line = String::new();
        let stdout = daemon.stdout.take().expect("its address");
        std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut line)
            .expect("the bus address");
        let address = line.trim().to_string();
        assert!(address.starts_with("unix:"), "a bus address: {address:?}");
        Bus { daemon, address }
    }
}

impl Drop for Bus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

/// The desktop binary started as a person starts it: a plain process on `db`.
fn second_launch(db: &Path, bus: &Bus) -> Child {
    Command::new(app_binary())
        .env("ARDOISE_DB", db)
        .env("ARDOISE_TODAY", TODAY)
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the desktop binary")
}

/// Waits up to `limit` for `child` to exit; `None` if it is still running.
fn exit_within(child: &mut Child, limit: Duration) -> Option<std::process::ExitStatus> {
    let started = Instant::now();
    while started.elapsed() < limit {
        if let Some(status) = child.try_wait().expect("wait") {
            return Some(status);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    None
}

async fn page_value(app: &App, script: &str) -> serde_json::Value {
    app.web
        .execute(script, vec![])
        .await
        .map(|r| r.json().clone())
        .unwrap_or_else(|e| panic!("{script}: {e}"))
}

#[tokio::test(flavor = "multi_thread")]
async fn a_second_launch_on_the_same_book_focuses_the_first_window_and_exits() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let bus = Bus::start();
    let app = App::launch_with(
        &db,
        TODAY,
        "fr_FR.UTF-8",
        &[("DBUS_SESSION_BUS_ADDRESS", bus.address.as_str())],
    )
    .await;
    app.find("[data-testid=start-demo]").await;
    // Something only this window's page holds: a reload or another window would not.
    page_value(&app, "window.__firstWindow = 'still me'; return true").await;

    let started = Instant::now();
    let mut second = second_launch(&db, &bus);
    let status = match exit_within(&mut second, Duration::from_secs(30)) {
        Some(status) => status,
        None => {
            let _ = second.kill();
            panic!("the second launch did not hand over to the first window and exit");
        }
    };
    println!(
        "second launch on the same book exited in {} ms with {status}",
        started.elapsed().as_millis()
    );
    assert_eq!(status.code(), Some(0), "a hand-over is not a failure");

    // The first window is still the one driven, still answering, and in front.
    assert_eq!(
        page_value(&app, "return window.__firstWindow").await,
        "still me"
    );
    assert_eq!(
        page_value(&app, "return document.visibilityState").await,
        "visible"
    );
    let focused = page_value(&app, "return document.hasFocus()").await;
    println!("first window focused after the hand-over: {focused}");
    assert_eq!(focused, true, "the first window has the focus");
    app.find("[data-testid=start-demo]").await;
    shot(&app, "single-instance-first-window-fr.png").await;

    // The book was not opened twice: still none made (the first window waits for the
    // first-start choice, and the second never got that far).
    assert!(!db.exists(), "the second launch created no book");

    // Another book is another window: that launch keeps running.
    let other = dir.path().join("other.db");
    let mut third = second_launch(&other, &bus);
    let still = exit_within(&mut third, Duration::from_secs(4));
    let _ = third.kill();
    let _ = third.wait();
    assert_eq!(still, None, "a launch on another book opens its own window");

    app.quit().await;
}

"""A private desktop for AT-SPI tests: Xvfb, a D-Bus session bus and the AT-SPI bus with its
registry, all started here and all ended here by PID (with every process they started), also
when a test fails or is interrupted. Nothing of the caller's desktop is used or touched."""

import os
import select
import shutil
import signal
import subprocess
import tempfile
import time

BUS_LAUNCHER_CANDIDATES = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")


MARKER = "PASSDESK_ATSPI_SESSION"


class SetupError(RuntimeError):
    """What is missing to run the AT-SPI test (a package, a program that did not start)."""


def _read_line(stream, deadline, what):
    """One line from a child's pipe, waiting no longer than the deadline."""
    data = b""
    while not data.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise SetupError(f"{what} did not answer in time")
        ready, _, _ = select.select([stream], [], [], remaining)
        if not ready:
            continue
        chunk = os.read(stream.fileno(), 1)
        if not chunk:
            raise SetupError(f"{what} ended before it answered")
        data += chunk
    return data.decode().strip()


def _children(pid):
    """PIDs whose parent is pid (from /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(entry))
    return found


def _descendants(pid):
    result = []
    for child in _children(pid):
        result.extend(_descendants(child))
        result.append(child)
    return result


class Session:
    """with Session() as session: session.environment has DISPLAY and DBUS_SESSION_BUS_ADDRESS."""

    def __init__(self, timeout=30.0):
        self.timeout = timeout
        self.processes = []  # (name, Popen), in start order
        self.directory = None
        self.environment = {}
        self.accessibility_bus = None

    def __enter__(self):
        # A test runner's timeout or ^C ends the test with SIGTERM or SIGINT: close() still runs.
        for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            signal.signal(number, _raise_exit)
        try:
            self._start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def _spawn(self, name, argv, **kwargs):
        process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, start_new_session=True,
                                   preexec_fn=_end_with_parent, **kwargs)
        self.processes.append((name, process))
        return process

    def _start(self):
        for program in ("Xvfb", "dbus-daemon"):
            if not shutil.which(program):
                raise SetupError(f"{program} is missing (Debian packages xvfb, dbus-daemon; scripts/dev installs them)")
        launcher = next((path for path in BUS_LAUNCHER_CANDIDATES if os.access(path, os.X_OK)), None)
        if not launcher:
            raise SetupError("at-spi-bus-launcher is missing (Debian package at-spi2-core)")
        deadline = time.monotonic() + self.timeout
        self.directory = tempfile.mkdtemp(prefix="passdesk-atspi-")
        base = {key: value for key, value in os.environ.items()
                if not key.startswith(("DBUS_", "AT_SPI", "XDG_RUNTIME", "DISPLAY", "WAYLAND", "XAUTHORITY"))}
        runtime = os.path.join(self.directory, "runtime")
        os.mkdir(runtime, 0o700)
        base["XDG_RUNTIME_DIR"] = runtime
        # Every process of this session carries the marker, also those the AT-SPI bus starts on
        # its own (the registry), which are not our children; close() ends them by it.
        base[MARKER] = self.directory
        base["HOME"] = os.path.join(self.directory, "home")
        os.mkdir(base["HOME"])

        # Xvfb picks a free display and writes its number to the pipe once it accepts clients.
        read_end, write_end = os.pipe()
        xvfb = self._spawn("Xvfb", ["Xvfb", "-displayfd", str(write_end), "-nolisten", "tcp", "-noreset",
                                    "-screen", "0", "1280x1024x24"],
                           pass_fds=(write_end,), env=base,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_end)
        with os.fdopen(read_end, "rb", buffering=0) as pipe:
            display = _read_line(pipe, deadline, "Xvfb")
        if xvfb.poll() is not None:
            raise SetupError("Xvfb ended at start")
        base["DISPLAY"] = f":{display}"

        bus = self._spawn("dbus-daemon", ["dbus-daemon", "--session", "--nofork", "--nopidfile",
                                          "--print-address=1"],
                          env=base, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        base["DBUS_SESSION_BUS_ADDRESS"] = _read_line(bus.stdout, deadline, "dbus-daemon")

        # The launcher owns org.a11y.Bus on the session bus and runs the AT-SPI bus, where the
        # registry is started on demand; Qt and pyatspi both find it through the session bus.
        self._spawn("at-spi-bus-launcher", [launcher, "--launch-immediately", "--a11y=1"],
                    env=base, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.environment = base
        self._wait_for_accessibility_bus(deadline)

    def _wait_for_accessibility_bus(self, deadline):
        while True:
            result = subprocess.run(
                ["dbus-send", "--session", "--print-reply=literal", "--dest=org.a11y.Bus",
                 "/org/a11y/bus", "org.a11y.Bus.GetAddress"],
                env=self.environment, capture_output=True, text=True, timeout=max(1, deadline - time.monotonic()))
            if result.returncode == 0 and result.stdout.strip():
                # Not passed on as AT_SPI_BUS_ADDRESS: Qt 6.4 then connects to the bus but never
                # registers with the registry. Everything finds the bus through org.a11y.Bus.
                self.accessibility_bus = result.stdout.strip()
                return
            if time.monotonic() > deadline:
                raise SetupError("the AT-SPI bus did not start: " + result.stderr.strip())
            # The launcher claims its name within milliseconds; ask again shortly.
            select.select([], [], [], 0.05)

    def spawn(self, name, argv, environment=None, **kwargs):
        """Starts a program on this desktop; it is ended with the session."""
        env = dict(self.environment)
        env.update(environment or {})
        return self._spawn(name, argv, env=env, **kwargs)

    def end(self, process, grace=5.0):
        """Ends one started process and everything it started, by PID: TERM, then KILL."""
        pids = _descendants(process.pid) + [process.pid]
        for pid in pids:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + grace
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            pass
        for pid in pids:
            while time.monotonic() < deadline:
                if not os.path.exists(f"/proc/{pid}") or _is_zombie(pid):
                    break
                select.select([], [], [], 0.02)
            try:
                if os.path.exists(f"/proc/{pid}") and not _is_zombie(pid):
                    os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        if process.poll() is None:
            process.kill()
            process.wait()

    def close(self):
        for _, process in reversed(self.processes):
            self.end(process)
        self.processes.clear()
        if self.directory:
            for pid in _marked_processes(self.directory):
                _end_pid(pid)
            shutil.rmtree(self.directory, ignore_errors=True)
            self.directory = None


def _is_zombie(pid):
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rsplit(b")", 1)[1].split()[0] == b"Z"
    except OSError:
        return True


def _marked_processes(directory):
    """PIDs of processes whose environment has this session's marker."""
    marker = f"{MARKER}={directory}".encode()
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        try:
            with open(f"/proc/{entry}/environ", "rb") as environ:
                if marker in environ.read().split(b"\0"):
                    found.append(int(entry))
        except OSError:
            continue
    return found


def _end_pid(pid, grace=5.0):
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        if not os.path.exists(f"/proc/{pid}") or _is_zombie(pid):
            return
        select.select([], [], [], 0.02)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _raise_exit(number, _frame):
    raise SystemExit(128 + number)


def _end_with_parent():
    """In the child before exec: the kernel ends it if the test itself is killed (SIGKILL), the
    one case in which close() cannot run."""
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass

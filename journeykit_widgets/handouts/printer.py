"""One Chromium per process for printing PDFs, kept while it is being used.

Starting Playwright's driver and a Chromium costs about 2.5 CPU-seconds and a
second or two, more than printing a short handout. A trainer exporting twenty
participants' handouts, or the collect report, printed with twenty browsers;
now the first print starts one and later prints reuse it.

How it stays safe:
- Playwright runs on an event loop in a thread of our own, so printing works
  from a Jupyter kernel (whose main thread already runs a loop) and from any
  number of threads; each print waits for its own result.
- Every document gets a fresh browser context (its own page, cache and
  storage), closed after the print: nothing of one document reaches the next.
  Prints from several threads run side by side in separate contexts.
- A browser that crashed or was killed is noticed (Playwright reports the lost
  connection) and replaced; a print that failed because its browser went away
  is tried once more with a new one.
- Browsers are kept per executable and launch arguments, so asking for another
  browser gets that browser.
- After ``IDLE_SECONDS`` without a print the browser and Playwright's driver
  are closed (a kernel that exported one PDF must not keep a Chromium running
  all afternoon), and at the process's exit too. The next print starts anew.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import os
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

__all__ = ["IDLE_SECONDS", "Printer", "shared_printer"]

# Two minutes: longer than the gap between two prints of a batch export (each
# notebook is executed, then printed; 10-60 s on a busy laptop) and between the
# handout tests of one test file, short enough that an idle Chromium (150-300 MB)
# is gone soon after a trainer's last export.
IDLE_SECONDS = 120.0


class Printer:
    """Keeps Chromium browsers open between prints; see the module's docstring.

    ``launches`` counts the browsers started so far, so callers (and tests) can
    see whether a browser was reused.
    """

    def __init__(self, idle_seconds: float = IDLE_SECONDS):
        self.idle_seconds = idle_seconds
        self.launches = 0
        self._guard = threading.Lock()  # starting or stopping the loop thread
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        # Touched only on the loop's thread:
        self._playwright: Any = None
        self._browsers: dict[tuple[str, tuple[str, ...]], Any] = {}
        self._launching: asyncio.Lock | None = None
        self._active = 0
        self._idle_timer: asyncio.TimerHandle | None = None
        self._idle_task: asyncio.Task | None = None

    # ------------------------------------------------------------ public
    def run(self, executable: Path, args: list[str], job: Callable[[Any], Awaitable[Any]]) -> Any:
        """``await job(context)`` with a fresh browser context of the browser
        ``executable`` started with ``args``; returns what ``job`` returns and
        raises what it (or the launch) raises."""
        loop = self._ensure_loop()
        future = asyncio.run_coroutine_threadsafe(self._print(str(executable), tuple(args), job), loop)
        return future.result()

    @property
    def browsers_open(self) -> int:
        """How many browsers are running now."""
        return len(self._browsers)

    def close(self, timeout: float = 30.0) -> None:
        """Close every browser and Playwright's driver and end the loop thread;
        a later print starts them again."""
        with self._guard:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is None or thread is None or not thread.is_alive():
            return
        # Best effort: Playwright's driver ends with the process anyway.
        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(self._shut_down(), loop).result(timeout)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout)

    # ------------------------------------------------------------ loop thread
    def _ensure_loop(self) -> asyncio.AbstractEventLoop:
        with self._guard:
            if self._loop is None or self._thread is None or not self._thread.is_alive():
                loop = asyncio.new_event_loop()
                ready = threading.Event()

                def serve():
                    asyncio.set_event_loop(loop)
                    loop.call_soon(ready.set)
                    loop.run_forever()
                    loop.close()

                # A daemon: an interpreter that exits must not wait for it (atexit closes it first).
                thread = threading.Thread(target=serve, name="journeykit-printer", daemon=True)
                thread.start()
                ready.wait()
                self._loop, self._thread = loop, thread
                self._playwright, self._browsers, self._launching = None, {}, None
            return self._loop

    async def _print(self, executable: str, args: tuple[str, ...], job) -> Any:
        self._active += 1
        if self._idle_timer is not None:
            self._idle_timer.cancel()
            self._idle_timer = None
        try:
            browser = await self._browser(executable, args)
            try:
                return await self._in_context(browser, job)
            except Exception:
                if browser.is_connected():
                    raise
                # The browser went away during this print (crashed, killed): once more with a new one.
                browser = await self._browser(executable, args)
                return await self._in_context(browser, job)
        finally:
            self._active -= 1
            if self._active == 0:
                loop = asyncio.get_running_loop()
                self._idle_timer = loop.call_later(self.idle_seconds, self._start_idle_close)

    @staticmethod
    async def _in_context(browser, job) -> Any:
        context = await browser.new_context()
        try:
            return await job(context)
        finally:
            # The browser may be gone already; the print's own error is the one to tell.
            with contextlib.suppress(Exception):
                await context.close()

    async def _browser(self, executable: str, args: tuple[str, ...]):
        """The open browser for (executable, args), launched when there is none
        or the last one lost its connection."""
        async with self._lock():
            key = (executable, args)
            browser = self._browsers.get(key)
            if browser is not None and browser.is_connected():
                return browser
            self._browsers.pop(key, None)
            if self._playwright is None:
                from playwright.async_api import async_playwright

                self._playwright = await async_playwright().start()
            browser = await self._playwright.chromium.launch(
                executable_path=executable,
                args=list(args),
                handle_sigint=False,
                handle_sigterm=False,
                handle_sighup=False,
            )
            self.launches += 1
            self._browsers[key] = browser
            return browser

    def _lock(self) -> asyncio.Lock:
        """The lock that launches and shut-downs take turns on (made on the loop's thread)."""
        if self._launching is None:
            self._launching = asyncio.Lock()
        return self._launching

    def _start_idle_close(self) -> None:
        # Held here: the loop keeps only a weak reference to a task.
        self._idle_task = asyncio.get_running_loop().create_task(self._shut_down(only_if_idle=True))

    async def _shut_down(self, only_if_idle: bool = False) -> None:
        async with self._lock():
            if only_if_idle and self._active:
                return  # a print came in meanwhile: it needs its browser
            browsers, self._browsers = list(self._browsers.values()), {}
            for browser in browsers:
                with contextlib.suppress(Exception):  # already gone
                    await browser.close()
            if self._playwright is not None:
                playwright, self._playwright = self._playwright, None
                with contextlib.suppress(Exception):
                    await playwright.stop()


_SHARED: Printer | None = None
_SHARED_GUARD = threading.Lock()


def shared_printer() -> Printer:
    """The process's printer, made on first use and closed at exit."""
    global _SHARED
    with _SHARED_GUARD:
        if _SHARED is None:
            _SHARED = Printer()
            atexit.register(_SHARED.close)
        return _SHARED


def _forget_in_child() -> None:
    # A forked child has none of the parent's threads: it starts its own printer.
    global _SHARED, _SHARED_GUARD
    _SHARED, _SHARED_GUARD = None, threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_in_child)

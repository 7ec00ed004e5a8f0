#!/usr/bin/env python3
"""Runs a command and says where the machine's processor time went while it ran, by kind of process.

    bench/cpu-by-process.py [--every 1] [--json out.json] -- .ci/run

Every second it reads each process's user and system time from /proc and adds what it used since the last
reading to its kind: Maven, a module's test JVM (surefire, named by the module it runs in), a packaged service
(by module, and whether it is an ahead-of-time cache's training run), the JDK's own child that assembles a
cache, PostgreSQL, Node.js, Chromium, HAProxy, or anything else by its program. It prints the totals and, per
30 s window, how many cores were busy and with what. Processes that live less than a second are missed, so the
totals are a little below what `time` reports for the command.
"""
import argparse
import json
import os
import subprocess
import sys
import time
from collections import defaultdict

TICKS = os.sysconf('SC_CLK_TCK')
WINDOW = 30


def kind(pid):
    """What a process is, from its command line and working directory (None if it is gone or a kernel thread)."""
    try:
        with open(f'/proc/{pid}/cmdline', 'rb') as f:
            command = f.read().replace(b'\0', b' ').decode(errors='replace')
        directory = os.readlink(f'/proc/{pid}/cwd')
    except OSError:
        return None
    if not command:
        return None
    program = command.split(' ')[0]
    if 'quarkus-run.jar' in command:
        module = directory.split('/')[-3] if directory.endswith('quarkus-app') else directory
        training = 'AOTCacheOutput' in command or 'AOTMode=record' in command
        return f'service {module}' + (' (cache training)' if training else '')
    if 'AOTMode=create' in command or (program.endswith('java') and directory.endswith('quarkus-app')):
        # The JDK's child that assembles a cache at the end of a training run is a java beside the application.
        return 'cache assembly (JDK child)'
    if 'surefirebooter' in command:
        return 'tests of ' + directory.rstrip('/').split('/')[-1]
    if 'plexus-classworlds' in command or 'org.codehaus.plexus.classworlds' in command:
        return 'Maven'
    for name in ('postgres', 'initdb', 'chrom', 'node', 'npm', 'haproxy'):
        if name in program:
            return {'initdb': 'postgres', 'chrom': 'chromium', 'npm': 'node'}.get(name, name)
    return 'other ' + program.split('/')[-1]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--every', type=float, default=1.0, help='seconds between readings')
    parser.add_argument('--json', help='also write the figures to this file')
    parser.add_argument('command', nargs=argparse.REMAINDER)
    options = parser.parse_args()
    command = options.command[1:] if options.command[:1] == ['--'] else options.command
    if not command:
        parser.error('no command given')

    seen = {}  # pid -> (ticks, kind), for processes already read once
    totals = defaultdict(float)
    windows = defaultdict(lambda: defaultdict(float))
    start = time.time()
    me = os.getpid()
    before = set(int(p) for p in os.listdir('/proc') if p.isdigit())
    child = subprocess.Popen(command)
    while True:
        finished = child.poll() is not None
        now = time.time()
        window = int((now - start) // WINDOW)
        alive = set()
        for name in os.listdir('/proc'):
            if not name.isdigit() or int(name) == me:
                continue
            pid = int(name)
            try:
                with open(f'/proc/{pid}/stat') as f:
                    fields = f.read().rsplit(')', 1)[1].split()
            except OSError:
                continue
            ticks = int(fields[11]) + int(fields[12])
            alive.add(pid)
            if pid in seen and not seen[pid][1].startswith('other '):
                previous, what = seen[pid]
            elif pid in seen:
                # A shell or launcher script may have exec'd the program that does the work (Maven's java).
                previous = seen[pid][0]
                what = kind(pid) or seen[pid][1]
            else:
                what = kind(pid)
                if what is None:
                    continue
                # A process that was there before the command is counted from now on; a new one from its start.
                previous = ticks if pid in before else 0
            used = (ticks - previous) / TICKS
            if used > 0:
                totals[what] += used
                windows[window][what] += used
            seen[pid] = (ticks, what)
        for pid in list(seen):
            if pid not in alive:
                del seen[pid]
        if finished:
            break
        time.sleep(options.every)

    elapsed = time.time() - start
    print(f'\n{elapsed:.0f} s, {sum(totals.values()):.0f} s of processor time, by kind of process:')
    for what, seconds in sorted(totals.items(), key=lambda item: -item[1]):
        if seconds >= 0.5:
            print(f'  {seconds:8.1f}  {what}')
    print(f'\nper {WINDOW} s: cores busy, and the three kinds that used most')
    for window in sorted(windows):
        used = windows[window]
        top = ', '.join(f'{what} {seconds:.0f}' for what, seconds in sorted(used.items(), key=lambda i: -i[1])[:3])
        print(f'  {window * WINDOW:5d} s  {sum(used.values()) / WINDOW:4.2f}  {top}')
    if options.json:
        with open(options.json, 'w') as f:
            json.dump({'seconds': elapsed, 'totals': totals,
                       'windows': {w * WINDOW: dict(used) for w, used in sorted(windows.items())}}, f, indent=1)
    sys.exit(child.returncode)


if __name__ == '__main__':
    main()

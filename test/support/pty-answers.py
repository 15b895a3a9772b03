"""Runs a command in a pseudo-terminal and answers its prompts: each argument `prompt=keys`
waits for `prompt` in the output, then types `keys` (\\r is Enter). The output, without colour
codes, goes to stdout; the exit code is the command's. Usage:
python3 pty-answers.py 'Service name=shop\\r' ... -- command args…"""
import os, pty, re, select, sys, time

split = sys.argv.index('--')
answers = [a.split('=', 1) for a in sys.argv[1:split]]
command = sys.argv[split + 1:]
pid, fd = pty.fork()
if pid == 0:
    os.execvp(command[0], command)

output = b''
def read_until(pattern, timeout):
    global output
    end = time.time() + timeout
    while time.time() < end:
        if pattern is not None and pattern in output.decode(errors='replace'):
            return True
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                return pattern is None
            if not chunk:
                return pattern is None
            output += chunk
    return pattern is None

for prompt, keys in answers:
    if not read_until(prompt, 30):
        sys.stdout.write(re.sub(r'\x1b\[[0-9;?]*[A-Za-z]', '', output.decode(errors='replace')))
        sys.stderr.write(f'no prompt "{prompt}" within 30 s\n')
        os.kill(pid, 9)
        sys.exit(3)
    output = output.replace(prompt.encode(), b'<answered>', 1)
    os.write(fd, keys.encode().decode('unicode_escape').encode())
read_until(None, 120)
_, status = os.waitpid(pid, 0)
sys.stdout.write(re.sub(r'\x1b\[[0-9;?]*[A-Za-z]', '', output.decode(errors='replace')))
sys.exit(os.waitstatus_to_exitcode(status))

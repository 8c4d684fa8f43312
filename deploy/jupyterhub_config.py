"""JupyterHub for a JourneyKit workshop on one machine (a VM or a server in the room).

Every participant gets a container of the JourneyKit image (deploy/Dockerfile) with:
  - their own workspace: a Docker volume per person, kept between sessions;
  - the notebooks pulled with nbgitpuller into ~/journeykit (their own copy, updated
    from the trainer's repository without overwriting what they changed);
  - a hand-in folder of their own at ~/handin: a folder per participant on the host
    (HANDIN/<name>), mounted into that participant's container only; the trainers'
    containers mount all of HANDIN read-only (09_facilitator reads it). Every container
    runs as uid 1000, so this separation is by mount, not by file permissions;
  - JupyterLab opening on 00_start_here.
Idle servers are stopped after an hour (jupyterhub-idle-culler).

Install on the host (Docker installed):
    pip install jupyterhub dockerspawner jupyterhub-firstuseauthenticator jupyterhub-idle-culler
    npm install -g configurable-http-proxy
    docker build -f deploy/Dockerfile -t journeykit:latest .
    jupyterhub -f deploy/jupyterhub_config.py   (as root: it prepares the hand-in folders)

Edit the four settings below; deploy/README.md explains them and the sizing.
"""

import os
import sys

c = get_config()  # noqa: F821 - provided by JupyterHub when it reads this file

# ------------------------------------------------------------- edit these
REPOSITORY = os.environ.get("JOURNEYKIT_REPO", "https://github.com/your-org/journeykit")
TRAINERS = {"trainer"}  # admin accounts: they can open every participant's server
PARTICIPANTS = {f"team{i:02d}" for i in range(1, 21)}  # or read them from a file
HANDIN = os.environ.get("JOURNEYKIT_HANDIN_HOST", "/srv/journeykit/handin")  # on the host

# ------------------------------------------------------------ accounts
# FirstUseAuthenticator: the FIRST person to log in as a name sets its password and owns
# the name (and its work) from then on; only the names listed here can log in at all.
# So before the room arrives, log in once as every participant name with the password
# printed on that team's card: then the names are yours to hand out, not whoever types
# "team02" first. deploy/README.md, "Who can log in as whom", has the risks and options.
c.JupyterHub.authenticator_class = "firstuseauthenticator.FirstUseAuthenticator"
c.FirstUseAuthenticator.min_password_length = 10
c.Authenticator.allowed_users = PARTICIPANTS | TRAINERS
c.Authenticator.admin_users = TRAINERS
c.JupyterHub.admin_access = True

# ------------------------------------------------------------ servers
c.JupyterHub.spawner_class = "dockerspawner.DockerSpawner"
c.DockerSpawner.image = "journeykit:latest"
c.DockerSpawner.remove = True  # containers go; the volumes (the work) stay
c.DockerSpawner.notebook_dir = "/home/jovyan"
c.DockerSpawner.volumes = {"journeykit-{username}": "/home/jovyan"}  # their own workspace

# The hand-in folder: prepared (owner, mode, no links) before every start by the same
# function deploy/local_hub.py and the Kubernetes init container use.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import prepare_handin  # noqa: E402 - deploy/prepare_handin.py, beside this file

CONTAINER_UID = CONTAINER_GID = 1000  # jovyan in deploy/Dockerfile


def handin_mounts(spawner):
    """A participant's container gets only their own folder; a trainer's gets all, read-only."""
    root = prepare_handin.prepare_root(HANDIN, CONTAINER_GID)
    if spawner.user.admin:
        handin = {str(root): {"bind": "/home/jovyan/handin", "mode": "ro"}}
    else:
        own = prepare_handin.prepare_participant(root, spawner.user.name, CONTAINER_UID, CONTAINER_GID)
        handin = {str(own): {"bind": "/home/jovyan/handin", "mode": "rw"}}
    spawner.volumes = {**spawner.volumes, **handin}


c.Spawner.pre_spawn_hook = handin_mounts
c.DockerSpawner.environment = {
    "JOURNEYKIT_HANDIN": "/home/jovyan/handin",
    "JOURNEYKIT_BROWSER": "/usr/bin/chromium",
}
# The notebooks: nbgitpuller pulls the repository into ~/journeykit at every start.
c.DockerSpawner.cmd = [
    "sh",
    "-c",
    f"gitpuller {REPOSITORY} main journeykit || true; exec jupyterhub-singleuser",
]
c.Spawner.default_url = "/lab/tree/journeykit/notebooks/00_start_here.ipynb"
# Sizing (deploy/README.md): ~0.4-0.55 GB while working with at most three kernels
# (the image's jupyter_server_config.json keeps three per participant), ~0.65 GB at
# the peak of a handout export. The limit leaves room for a PDF export.
c.DockerSpawner.mem_limit = "1G"
c.DockerSpawner.cpu_limit = 1.0
c.Spawner.start_timeout = 300  # twenty servers starting at once take minutes on a small machine
c.Spawner.http_timeout = 180

# The hub must be reachable from the containers.
c.JupyterHub.hub_ip = "0.0.0.0"
c.DockerSpawner.network_name = os.environ.get("DOCKER_NETWORK_NAME", "bridge")

# ------------------------------------------------------------ idle culling
c.JupyterHub.load_roles = [
    {
        "name": "jupyterhub-idle-culler-role",
        "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
        "services": ["jupyterhub-idle-culler-service"],
    }
]
c.JupyterHub.services = [
    {
        "name": "jupyterhub-idle-culler-service",
        "command": [sys.executable, "-m", "jupyterhub_idle_culler", "--timeout=3600"],
    }
]

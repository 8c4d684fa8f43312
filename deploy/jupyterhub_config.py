"""JupyterHub for a JourneyKit workshop on one machine (a VM or a server in the room).

Every participant gets a container of the JourneyKit image (deploy/Dockerfile) with:
  - their own workspace: a Docker volume per person, kept between sessions;
  - the notebooks pulled with nbgitpuller into ~/journeykit (their own copy, updated
    from the trainer's repository without overwriting what they changed);
  - the shared hand-in folder at ~/handin (the facilitator reads it in 09_facilitator);
  - JupyterLab opening on 00_start_here.
Idle servers are stopped after an hour (jupyterhub-idle-culler).

Install on the host (Docker installed):
    pip install jupyterhub dockerspawner jupyterhub-firstuseauthenticator jupyterhub-idle-culler
    npm install -g configurable-http-proxy
    docker build -f deploy/Dockerfile -t journeykit:latest .
    mkdir -p /srv/journeykit/handin && chmod 1777 /srv/journeykit/handin
    jupyterhub -f deploy/jupyterhub_config.py

Edit the four settings below; deploy/README.md explains them and the sizing.
"""

import os
import sys

c = get_config()  # noqa: F821 - provided by JupyterHub when it reads this file

# ------------------------------------------------------------- edit these
REPOSITORY = os.environ.get("JOURNEYKIT_REPO", "https://github.com/your-org/journeykit")
TRAINERS = {"trainer"}  # admin accounts: they can open every participant's server
PARTICIPANTS = {f"team{i:02d}" for i in range(1, 21)}  # or read them from a file
HANDIN = "/srv/journeykit/handin"  # on the host; shared by everyone in the room

# ------------------------------------------------------------ accounts
# Participants choose their password at the first login (no accounts to prepare);
# only the names listed above may log in.
c.JupyterHub.authenticator_class = "firstuseauthenticator.FirstUseAuthenticator"
c.Authenticator.allowed_users = PARTICIPANTS | TRAINERS
c.Authenticator.admin_users = TRAINERS
c.JupyterHub.admin_access = True

# ------------------------------------------------------------ servers
c.JupyterHub.spawner_class = "dockerspawner.DockerSpawner"
c.DockerSpawner.image = "journeykit:latest"
c.DockerSpawner.remove = True  # containers go; the volumes (the work) stay
c.DockerSpawner.notebook_dir = "/home/jovyan"
c.DockerSpawner.volumes = {
    "journeykit-{username}": "/home/jovyan",  # the participant's own workspace
    HANDIN: "/home/jovyan/handin",
}
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
# Sizing from benchmarks/RESULTS.md ("JupyterHub room"): ~0.4 GB at the peak of a
# handout export, ~0.25 GB while working. The limit leaves room for a PDF export.
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

"""The two container deployments give each participant only their own hand-in folder.

deploy/jupyterhub_config.py (DockerSpawner) and deploy/values.yaml (Zero to JupyterHub)
are read as JupyterHub reads them, and their hooks are called with a stand-in spawner:
a participant's server must mount its own folder and no other, the facilitator's all
of them read-only, and the folder mounted must be the one deploy/prepare_handin.py
made. (Whether Docker and Kubernetes then mount what they are told is theirs to keep;
tests/test_hub_layout.py shows the folders themselves with real, different users.)
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from traitlets.config import Config

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"


@pytest.fixture
def chowns(monkeypatch):
    """Owners the layout sets; as non-root, recorded instead of applied (only root may give
    a folder to uid 1000)."""
    seen: list[tuple[int, int]] = []
    real = os.fchown

    def fchown(fd, uid, gid):
        seen.append((uid, gid))
        if os.geteuid() == 0:
            real(fd, uid, gid)

    monkeypatch.setattr(os, "fchown", fchown)
    return seen


def _spawner(name: str, admin: bool, **traits) -> SimpleNamespace:
    return SimpleNamespace(user=SimpleNamespace(name=name, admin=admin), **traits)


@pytest.fixture
def docker_config(tmp_path, monkeypatch):
    monkeypatch.setenv("JOURNEYKIT_HANDIN_HOST", str(tmp_path / "handin"))
    config = Config()
    path = DEPLOY / "jupyterhub_config.py"
    namespace = {"get_config": lambda: config, "__file__": str(path), "__name__": "jupyterhub_config"}
    exec(compile(path.read_text("utf-8"), str(path), "exec"), namespace)  # as JupyterHub does
    monkeypatch.setattr(sys, "path", [p for p in sys.path if p != str(DEPLOY)])
    return config, tmp_path / "handin"


def _handin_mount(volumes: dict) -> list[tuple[str, dict]]:
    return [(host, spec) for host, spec in volumes.items() if spec_path(spec) == "/home/jovyan/handin"]


def spec_path(spec) -> str:
    return spec["bind"] if isinstance(spec, dict) else spec


def test_docker_participant_mounts_only_their_own_folder(docker_config, chowns):
    config, handin = docker_config
    spawner = _spawner("team02", False, volumes=dict(config.DockerSpawner.volumes))
    config.Spawner.pre_spawn_hook(spawner)
    assert _handin_mount(spawner.volumes) == [
        (str(handin / "team02"), {"bind": "/home/jovyan/handin", "mode": "rw"})
    ]
    assert spawner.volumes["journeykit-{username}"] == "/home/jovyan"  # the workspace, per user
    assert not any(str(handin) == host for host in spawner.volumes)  # never the whole volume
    assert (handin / "team02").is_dir() and not (handin / "team02").is_symlink()
    assert (1000, 1000) in chowns  # the image's jovyan may write its own folder


def test_docker_facilitator_reads_all_folders_and_writes_none(docker_config, chowns):
    config, handin = docker_config
    spawner = _spawner("trainer", True, volumes=dict(config.DockerSpawner.volumes))
    config.Spawner.pre_spawn_hook(spawner)
    assert _handin_mount(spawner.volumes) == [(str(handin), {"bind": "/home/jovyan/handin", "mode": "ro"})]


def test_docker_hook_refuses_an_account_name_that_is_no_folder_name(docker_config, chowns):
    config, _ = docker_config
    spawner = _spawner("../team03", False, volumes=dict(config.DockerSpawner.volumes))
    with pytest.raises(RuntimeError, match="cannot name a hand-in folder"):
        config.Spawner.pre_spawn_hook(spawner)


@pytest.fixture(scope="module")
def values():
    return yaml.safe_load((DEPLOY / "values.yaml").read_text("utf-8"))


def _expand(value, username: str):
    """KubeSpawner's expansion of ``{username}`` in mounts and init containers."""
    if isinstance(value, str):
        return value.replace("{username}", username)
    if isinstance(value, list):
        return [_expand(v, username) for v in value]
    if isinstance(value, dict):
        return {k: _expand(v, username) for k, v in value.items()}
    return value


def _k8s_hook(values):
    config = Config()
    exec(values["hub"]["extraConfig"]["journeykit-handin"], {"c": config})
    return config.KubeSpawner.pre_spawn_hook


@pytest.mark.parametrize("shape", ["list", "dict"])
def test_kubernetes_participant_sees_its_subfolder_the_facilitator_all_read_only(values, shape):
    hook = _k8s_hook(values)
    mounts = values["singleuser"]["storage"]["extraVolumeMounts"]
    assert [m for m in mounts if m["name"] == "handin"] == [
        {"name": "handin", "mountPath": "/home/jovyan/handin", "subPath": "{username}"}
    ]
    home = {"name": "home", "mountPath": "/home/jovyan"}
    given = [home, *mounts] if shape == "list" else {"home": home, "handin": mounts[0]}

    participant = _spawner("team02", False, volume_mounts=given)
    hook(participant)
    assert participant.volume_mounts == given  # unchanged: only its own sub-folder

    facilitator = _spawner("trainer", True, volume_mounts=given)
    hook(facilitator)
    after = facilitator.volume_mounts
    handin = [m for m in (after if shape == "list" else after.values()) if m["name"] == "handin"]
    assert handin == [{"name": "handin", "mountPath": "/home/jovyan/handin", "readOnly": True}]
    assert mounts[0]["subPath"] == "{username}"  # the shared setting itself is untouched


def test_kubernetes_init_container_prepares_exactly_the_folder_that_is_mounted(values, tmp_path, chowns):
    init = [i for i in values["singleuser"]["initContainers"] if i["name"] == "handin-folder"]
    assert len(init) == 1 and init[0]["securityContext"]["runAsUser"] == 0
    command = _expand(init[0]["command"], "team02")
    script = command[1]
    # The image has the script where the command looks (deploy/Dockerfile copies the repo).
    assert script.startswith("/opt/journeykit/") and "COPY --chown=jovyan:jovyan . /opt/journeykit" in (
        DEPLOY / "Dockerfile"
    ).read_text("utf-8")
    assert (ROOT / script.removeprefix("/opt/journeykit/")).is_file()
    assert init[0]["volumeMounts"] == [{"name": "handin", "mountPath": command[2]}]
    # Run it here on a stand-in for the volume: the folder it makes is the mounted subPath.
    sys.path.insert(0, str(DEPLOY))
    try:
        import prepare_handin
    finally:
        sys.path.remove(str(DEPLOY))
    args = [str(tmp_path) if a == command[2] else a for a in command[2:]]
    assert prepare_handin.main(args) == 0, shlex.join(command)
    sub_path = _expand(values["singleuser"]["storage"]["extraVolumeMounts"][0]["subPath"], "team02")
    assert (tmp_path / sub_path).is_dir()
    assert (1000, 100) in chowns

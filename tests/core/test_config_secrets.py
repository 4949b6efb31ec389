from pathlib import Path

import pytest

from contactkit.config import ConfigError, config_from_dict, load_config
from contactkit.plugins import registry
from contactkit.secrets import SecretError, SecretRef


def test_unknown_top_level_key_is_named_with_the_nearest_valid_one() -> None:
    with pytest.raises(ConfigError, match=r"^regoin: unknown key \(did you mean 'region'\?\)$"):
        config_from_dict({"regoin": "DE"})
    with pytest.raises(ConfigError, match=r"^matching\.merge_abve: .*'merge_above'"):
        config_from_dict({"matching": {"merge_abve": 4}})


def test_a_typo_in_a_plugin_key_names_the_typo_not_the_missing_key(tmp_path: Path) -> None:
    config = config_from_dict({"sinks": [{"type": "csv", "pth": "x.csv"}]}, base_dir=tmp_path)
    with pytest.raises(
        ConfigError, match=r"^sinks\[0\]\.pth: unknown key \(did you mean 'path'\?\)$"
    ):
        config.plugin_configs(registry())
    nested = config_from_dict(
        {"sources": [{"type": "email_harvest", "mailboxes": ["a@b.example"],
                      "imap": {"hots": "x", "password": {"env": "X"}}}]}
    )  # fmt: skip
    with pytest.raises(ConfigError, match=r"^sources\[0\]\.imap\.hots: .*'host'"):
        nested.plugin_configs(registry())


def test_a_key_far_from_any_lists_the_valid_ones(tmp_path: Path) -> None:
    config = config_from_dict({"sinks": [{"type": "csv", "path": "x", "zzz": 1}]})
    with pytest.raises(ConfigError, match=r"^sinks\[0\]\.zzz: unknown key \(valid keys: .*path"):
        config.plugin_configs(registry())


def test_every_secret_reference_is_resolved_at_config_check(monkeypatch) -> None:
    monkeypatch.delenv("CK_ABSENT_TOKEN", raising=False)
    config = config_from_dict({"sinks": [{"type": "hubspot", "token": {"env": "CK_ABSENT_TOKEN"}}]})
    with pytest.raises(
        ConfigError,
        match=r"^sinks\[0\]\.token: secret not set: environment variable CK_ABSENT_TOKEN$",
    ):
        config.plugin_configs(registry())
    monkeypatch.setenv("CK_ABSENT_TOKEN", "tok-123456")
    config.plugin_configs(registry())


def test_unknown_plugin_type_lists_what_is_installed(tmp_path: Path) -> None:
    config = config_from_dict({"sinks": [{"type": "nope"}]}, base_dir=tmp_path)
    with pytest.raises(ConfigError, match=r"sinks\[0\]\.type: unknown sink 'nope' .*csv"):
        config.plugin_configs(registry())


def test_relative_paths_are_relative_to_the_config_file(tmp_path: Path) -> None:
    (tmp_path / "contactkit.toml").write_text(
        '[store]\nurl = "sqlite:///my.db"\n[[sinks]]\ntype = "csv"\npath = "out/c.csv"\n'
    )
    config = load_config(tmp_path / "contactkit.toml")
    assert config.store.url == f"sqlite:///{tmp_path / 'my.db'}"
    (_, _, [(_, sink)]) = config.plugin_configs(registry())
    assert sink.path == tmp_path / "out" / "c.csv"


def test_bad_toml_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("region = \n")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert "not valid TOML" in str(caught.value) and "\n" not in str(caught.value)


def test_inline_secrets_are_refused() -> None:
    with pytest.raises(ValueError, match="by reference"):
        SecretRef.model_validate("hunter2")


def test_secret_from_env_and_file_never_shown(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("CK_TEST_SECRET", "s3cr3t-value")
    ref = SecretRef(env="CK_TEST_SECRET")
    assert ref.reveal() == "s3cr3t-value"
    assert "s3cr3t" not in repr(ref) and "s3cr3t" not in str(ref)
    secret_file = tmp_path / "token"
    secret_file.write_text("file-secret\n")
    assert SecretRef(file=secret_file).reveal() == "file-secret"


def test_missing_secret_names_the_reference_only(monkeypatch) -> None:
    monkeypatch.delenv("CK_ABSENT", raising=False)
    with pytest.raises(SecretError, match="environment variable CK_ABSENT"):
        SecretRef(env="CK_ABSENT").reveal()


def test_secret_command(tmp_path: Path) -> None:
    assert SecretRef(command="printf token-from-command").reveal() == "token-from-command"
    with pytest.raises(SecretError, match="exit code 1"):
        SecretRef(command="false").reveal()

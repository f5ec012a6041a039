"""Live collection, one module per source: huggingface, github, arxiv.

All of them fetch through `chipaudit.sources.http.HttpClient`, the one HTTP
layer, and store what they fetch as documents in the store.
"""

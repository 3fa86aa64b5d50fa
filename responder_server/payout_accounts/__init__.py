"""Where a responder is paid (WeChat openid or Alipay account) and their identity for tax,
kept encrypted with the operator's identity key (crypto.py)."""

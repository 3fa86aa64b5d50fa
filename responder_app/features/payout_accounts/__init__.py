"""Account ▸ Payouts: the identity for tax (once), where payouts go (Alipay or WeChat by QR
code), a masked view of both, unbinding."""

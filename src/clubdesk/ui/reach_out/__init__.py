"""« À recontacter »: current members not seen for a while, and noting a contact made."""

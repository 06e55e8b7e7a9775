"""Site-chrome cleaners: line rules, captions and tail blocks (navigation, footers, credits)."""

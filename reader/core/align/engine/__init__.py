"""How the aligner finds links: tokens and their keys, the lexicon, matching, the score of a group, the chain,
the later passes, the search band, learning, sentences, differences and confidence."""

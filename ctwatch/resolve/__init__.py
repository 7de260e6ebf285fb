"""Resolution: event mentions from many articles (and from one) become one incident per incident."""

import lib
import build_a, build_b  # noqa: F401  (each registers its reports)
lib.write_all()
print(len(lib.REPORTS), "reports written")

// A short, deterministic fuzz run for the ordinary test suite (no libFuzzer needed): every
// corpus file, then mutations of them (byte flips, insertions, deletions, duplications,
// splices). A crash, hang or sanitizer report fails the test; scripts/fuzz runs the real
// coverage-guided fuzzer for longer.
//
//   fuzz-replay-X CORPUS_DIR [ITERATIONS] [SEED]
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cstdint>
#include <cstdio>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

void run(const QByteArray &input) {
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()),
                           size_t(input.size()));
}

QByteArray mutate(QByteArray b, const std::vector<QByteArray> &corpus, QRandomGenerator &r) {
    static const char *tokens[] = {"\"",
                                   ",",
                                   "\n",
                                   "\r\n",
                                   "{",
                                   "}",
                                   "[",
                                   "]",
                                   ":",
                                   "\\",
                                   "\xEF\xBB\xBF",
                                   "\xE0\xB8",
                                   "99999999999999999999",
                                   "-",
                                   "null",
                                   "1e308",
                                   "I1.",
                                   "E13",
                                   "\"scores\"",
                                   "\"measures\"",
                                   "<<",
                                   ">>",
                                   "(",
                                   ")",
                                   " 0 R",
                                   " 0 obj\n",
                                   "stream\n",
                                   "endstream",
                                   "/Type /Page",
                                   " Tj ",
                                   " TJ ",
                                   " Do "};
    const int steps = 1 + int(r.bounded(4));
    for (int s = 0; s < steps; ++s) {
        const qsizetype n = b.size();
        switch (r.bounded(6)) {
        case 0: // flip a byte
            if (n > 0)
                b[qsizetype(r.bounded(int(n)))] = char(r.bounded(256));
            break;
        case 1: // insert a token
            b.insert(n > 0 ? qsizetype(r.bounded(int(n + 1))) : 0,
                     tokens[r.bounded(int(std::size(tokens)))]);
            break;
        case 2: // delete a range
            if (n > 0) {
                const qsizetype at = qsizetype(r.bounded(int(n)));
                b.remove(at, qsizetype(r.bounded(int(std::min<qsizetype>(64, n - at) + 1))));
            }
            break;
        case 3: // duplicate a range
            if (n > 0) {
                const qsizetype at = qsizetype(r.bounded(int(n)));
                const qsizetype len =
                    qsizetype(r.bounded(int(std::min<qsizetype>(256, n - at) + 1)));
                b.insert(at, b.mid(at, len));
            }
            break;
        case 4: // splice with another input
            if (!corpus.empty()) {
                const QByteArray &other = corpus[size_t(r.bounded(int(corpus.size())))];
                b = b.left(n > 0 ? qsizetype(r.bounded(int(n + 1))) : 0) +
                    other.mid(other.isEmpty() ? 0 : qsizetype(r.bounded(int(other.size()))));
            }
            break;
        default: // truncate
            if (n > 0)
                b.truncate(qsizetype(r.bounded(int(n))));
            break;
        }
    }
    return b;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [ITERATIONS] [SEED]\n", argv[0]);
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    const int iterations = argc > 2 ? std::atoi(argv[2]) : 2000;
    QRandomGenerator random(argc > 3 ? quint32(std::atoi(argv[3])) : 20261126u);
    std::vector<QByteArray> corpus;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            corpus.push_back(f.readAll());
    }
    if (corpus.empty()) {
        std::fprintf(stderr, "no corpus in %s\n", argv[1]);
        return 1;
    }
    for (const QByteArray &input : corpus)
        run(input);
    for (int i = 0; i < iterations; ++i)
        run(mutate(corpus[size_t(random.bounded(int(corpus.size())))], corpus, random));
    std::printf("%zu corpus inputs and %d mutations ran without a crash\n", corpus.size(),
                iterations);
    return 0;
}

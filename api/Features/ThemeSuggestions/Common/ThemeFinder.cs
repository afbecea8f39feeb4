namespace Medborgardialog.Api.Features.ThemeSuggestions.Common;

/// <summary>An opinion as the theme finder sees it: its distinct Swedish word stems (PostgreSQL's <c>swedish</c>
/// configuration: Snowball stemmer, stop words removed).</summary>
internal sealed record StemmedOpinion(Guid Id, IReadOnlyList<string> Stems);

/// <summary>A theme found: its typical stems (heaviest first), its opinions and the most typical of them.</summary>
internal sealed record FoundTheme(IReadOnlyList<SuggestionTerm> Terms, IReadOnlyList<Guid> OpinionIds, IReadOnlyList<Guid> ExampleIds);

/// <summary>
/// Finds themes in many short Swedish texts, locally and explainably: every opinion becomes a TF-IDF vector of its word
/// stems (and of the parts of its compound words), and spherical k-means groups the vectors; a theme is explained by the
/// stems that weigh most in its centre. Deterministic: the opinions are taken in the order of their words, the seeding is k-means++ with
/// a fixed seed, the best of a fixed number of starts is kept, and every tie is broken by order — the same opinions
/// give the same themes.
/// <para>
/// Compound words ("cykelbanor", "busshållplatsen", "gatubelysningen") are common in Swedish and the stemmer keeps them
/// whole. A stem is split where both sides are stems of this dialogue's own words, optionally with a linking letter
/// ("trafik|säker", "buss|hållplats", "cykel|ban"): the opinion then counts its parts too, so "cykelbanor" and
/// "cykelställ" share "cykel". No dictionary to keep up to date, and a split is always explainable by the words seen.
/// </para>
/// </summary>
internal static class ThemeFinder
{
    private const int Starts = 10;
    private const int MaxIterations = 40;
    private const int Seed = 20261201;
    private const int KeyTerms = 8;
    private const int Examples = 3;

    /// <summary>An opinion joins its nearest theme only when it shares this much with it (cosine).</summary>
    private const double MinSimilarity = 0.05;

    /// <summary>Linking letters between the parts of a compound ("trafik-s-olycka", "gat-u-belysning", "kyrk-o-gård").</summary>
    private static readonly string[] Links = ["", "s", "e", "u", "o", "a"];

    public static IReadOnlyList<FoundTheme> Find(IReadOnlyList<StemmedOpinion> opinions, int wanted, IReadOnlySet<string>? stop = null, Action<int>? progress = null)
    {
        stop ??= new HashSet<string>(StringComparer.Ordinal);
        if (stop.Count > 0)
        {
            opinions = opinions.Select(o => o with { Stems = o.Stems.Where(s => !stop.Contains(s)).ToList() }).ToList();
        }

        // In the order of their words, not their ids: the same texts give the same themes whenever they were given.
        var docs = opinions.Select(o => (Opinion: o, Key: string.Join(' ', o.Stems.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))))
            .OrderBy(x => x.Key, StringComparer.Ordinal).ThenBy(x => x.Opinion.Id).Select(x => x.Opinion).ToList();
        if (docs.Count == 0 || wanted < 1)
        {
            return [];
        }

        var features = Features(docs, stop);
        progress?.Invoke(20);
        var space = Space.Build(features, docs.Count);
        progress?.Invoke(30);

        // Identical vectors (a campaign's copies, "Bra!") are one point with a weight: the same result, much less work.
        var points = new List<Point>();
        var pointOf = new int[docs.Count];
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < docs.Count; i++)
        {
            var vector = space.Vector(features[i]);
            if (vector.Indices.Length == 0)
            {
                pointOf[i] = -1;
                continue;
            }

            var key = string.Join(',', vector.Indices);
            if (!byKey.TryGetValue(key, out var p))
            {
                p = points.Count;
                byKey[key] = p;
                points.Add(new Point(vector.Indices, vector.Values));
            }

            points[p].Weight++;
            pointOf[i] = p;
        }

        var k = Math.Min(wanted, points.Count);
        if (k == 0)
        {
            return [];
        }

        var best = Cluster(points, space.Size, k, progress);
        progress?.Invoke(90);

        // Members, by the point each opinion is.
        var members = Enumerable.Range(0, k).Select(_ => new List<(Guid Id, double Similarity)>()).ToList();
        for (var i = 0; i < docs.Count; i++)
        {
            var p = pointOf[i];
            if (p < 0 || best.Assignment[p] < 0)
            {
                continue;
            }

            members[best.Assignment[p]].Add((docs[i].Id, best.Similarity[p]));
        }

        var themes = new List<FoundTheme>();
        for (var c = 0; c < k; c++)
        {
            if (members[c].Count == 0)
            {
                continue;
            }

            // The stems that weigh most in the centre; a stem carried by a single opinion explains nothing.
            var centre = best.Centroids[c];
            var termsInTheme = new Dictionary<int, int>();
            for (var p = 0; p < points.Count; p++)
            {
                if (best.Assignment[p] != c)
                {
                    continue;
                }

                foreach (var index in points[p].Indices)
                {
                    termsInTheme[index] = termsInTheme.GetValueOrDefault(index) + points[p].Weight;
                }
            }

            var terms = termsInTheme.Where(t => t.Value >= 2 || members[c].Count < 2)
                .Select(t => new SuggestionTerm(space.Terms[t.Key], Math.Round(centre[t.Key], 4)))
                .Where(t => t.Weight > 0)
                .OrderByDescending(t => t.Weight).ThenBy(t => t.Stem, StringComparer.Ordinal)
                .Take(KeyTerms).ToList();
            var ordered = members[c].OrderByDescending(m => m.Similarity).ThenBy(m => m.Id).ToList();
            themes.Add(new FoundTheme(terms, ordered.Select(m => m.Id).OrderBy(id => id).ToList(), ordered.Take(Examples).Select(m => m.Id).ToList()));
        }

        return themes.OrderByDescending(t => t.OpinionIds.Count).ThenBy(t => t.Terms.Count > 0 ? t.Terms[0].Stem : "", StringComparer.Ordinal).ToList();
    }

    /// <summary>Each opinion's features: its stems, and the parts of those that are compounds of this corpus's stems.</summary>
    private static List<string[]> Features(List<StemmedOpinion> docs, IReadOnlySet<string> stop)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            foreach (var stem in doc.Stems.Distinct(StringComparer.Ordinal))
            {
                df[stem] = df.GetValueOrDefault(stem) + 1;
            }
        }

        var splits = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var stem in df.Keys.Order(StringComparer.Ordinal))
        {
            if (Split(stem, df, stop, depth: 0) is { } parts)
            {
                splits[stem] = parts;
            }
        }

        return docs.Select(d => d.Stems
                .SelectMany(s => splits.TryGetValue(s, out var parts) ? parts.Prepend(s) : [s])
                .Distinct(StringComparer.Ordinal).ToArray())
            .ToList();
    }

    /// <summary>The best split of a stem into stems seen on their own (the first part at least four letters, the second
    /// at least three, both seen in at least two opinions, neither a stop word: "för|slag" and "parker|ing" are no
    /// compounds), the right side split once more; null when it is no compound of this corpus.</summary>
    internal static string[]? Split(string stem, IReadOnlyDictionary<string, int> df, IReadOnlySet<string> stop, int depth)
    {
        if (stem.Length < 7)
        {
            return null;
        }

        string[]? best = null;
        var bestScore = 0;
        for (var cut = 4; cut <= stem.Length - 3; cut++)
        {
            var left = stem[..cut];
            if (df.GetValueOrDefault(left) < 2 || stop.Contains(left))
            {
                continue;
            }

            foreach (var link in Links)
            {
                if (!stem.AsSpan(cut).StartsWith(link, StringComparison.Ordinal))
                {
                    continue;
                }

                var right = stem[(cut + link.Length)..];
                if (right.Length < 3)
                {
                    continue;
                }

                var rightSeen = stop.Contains(right) ? 0 : df.GetValueOrDefault(right);
                var rightParts = rightSeen >= 2 ? [right] : depth == 0 ? Split(right, df, stop, depth + 1) : null;
                if (rightParts is null)
                {
                    continue;
                }

                var score = Math.Min(df[left], rightParts.Min(r => df.GetValueOrDefault(r, int.MaxValue)));
                if (score > bestScore)
                {
                    bestScore = score;
                    best = [left, .. rightParts];
                }
            }
        }

        return best;
    }

    private static Clustering Cluster(List<Point> points, int size, int k, Action<int>? progress)
    {
        Clustering? best = null;
        for (var start = 0; start < Starts; start++)
        {
            var random = new Random(Seed + start);
            var clustering = KMeans(points, size, k, random);
            if (best is null || clustering.Score > best.Score + 1e-9)
            {
                best = clustering;
            }

            progress?.Invoke(30 + (60 * (start + 1) / Starts));
        }

        return best!;
    }

    /// <summary>Spherical k-means (cosine), seeded k-means++ style on weighted points.</summary>
    private static Clustering KMeans(List<Point> points, int size, int k, Random random)
    {
        var centroids = new List<double[]>();
        var total = points.Sum(p => (double)p.Weight);
        // First centre: a point drawn by weight; then each next one far (1 - cosine) from the centres so far.
        var first = Draw(points.Select(p => (double)p.Weight).ToArray(), total, random);
        centroids.Add(Dense(points[first], size));
        var distance = points.Select(p => 1 - Dot(p, centroids[0])).ToArray();
        while (centroids.Count < k)
        {
            var weights = points.Select((p, i) => p.Weight * distance[i] * distance[i]).ToArray();
            var sum = weights.Sum();
            if (sum <= 1e-12)
            {
                break;
            }

            var next = Draw(weights, sum, random);
            var centre = Dense(points[next], size);
            centroids.Add(centre);
            for (var i = 0; i < points.Count; i++)
            {
                distance[i] = Math.Min(distance[i], 1 - Dot(points[i], centre));
            }
        }

        var assignment = new int[points.Count];
        var similarity = new double[points.Count];
        Array.Fill(assignment, -2);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var changed = 0;
            for (var i = 0; i < points.Count; i++)
            {
                var bestCentre = -1;
                var bestSimilarity = MinSimilarity;
                for (var c = 0; c < centroids.Count; c++)
                {
                    var s = Dot(points[i], centroids[c]);
                    if (s > bestSimilarity + 1e-12)
                    {
                        bestSimilarity = s;
                        bestCentre = c;
                    }
                }

                if (assignment[i] != bestCentre)
                {
                    changed++;
                    assignment[i] = bestCentre;
                }

                similarity[i] = bestCentre < 0 ? 0 : bestSimilarity;
            }

            // New centres: the weighted mean of their points, normalised (a centre that lost every point keeps its place).
            for (var c = 0; c < centroids.Count; c++)
            {
                var mean = new double[size];
                var any = false;
                for (var i = 0; i < points.Count; i++)
                {
                    if (assignment[i] != c)
                    {
                        continue;
                    }

                    any = true;
                    var p = points[i];
                    for (var j = 0; j < p.Indices.Length; j++)
                    {
                        mean[p.Indices[j]] += p.Weight * p.Values[j];
                    }
                }

                if (any)
                {
                    Normalise(mean);
                    centroids[c] = mean;
                }
            }

            if (changed == 0)
            {
                break;
            }
        }

        var score = 0.0;
        for (var i = 0; i < points.Count; i++)
        {
            score += points[i].Weight * similarity[i];
        }

        return new Clustering(assignment, similarity, centroids, score);
    }

    private static int Draw(double[] weights, double total, Random random)
    {
        var target = random.NextDouble() * total;
        var running = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            running += weights[i];
            if (running >= target && weights[i] > 0)
            {
                return i;
            }
        }

        return Array.FindLastIndex(weights, w => w > 0);
    }

    private static double Dot(Point p, double[] centre)
    {
        var sum = 0.0;
        for (var j = 0; j < p.Indices.Length; j++)
        {
            sum += p.Values[j] * centre[p.Indices[j]];
        }

        return sum;
    }

    private static double[] Dense(Point p, int size)
    {
        var dense = new double[size];
        for (var j = 0; j < p.Indices.Length; j++)
        {
            dense[p.Indices[j]] = p.Values[j];
        }

        return dense;
    }

    private static void Normalise(double[] vector)
    {
        var norm = Math.Sqrt(vector.Sum(v => v * v));
        if (norm <= 0)
        {
            return;
        }

        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] /= norm;
        }
    }

    private sealed class Point(int[] indices, double[] values)
    {
        public int[] Indices { get; } = indices;
        public double[] Values { get; } = values;
        public int Weight { get; set; }
    }

    private sealed record Clustering(int[] Assignment, double[] Similarity, List<double[]> Centroids, double Score);

    /// <summary>The features that tell opinions apart: seen in enough opinions to be a pattern, in few enough to mean
    /// something (not "centrum" in a dialogue about the centre); each weighs its inverse document frequency.</summary>
    private sealed class Space
    {
        private readonly Dictionary<string, int> _index;
        private readonly double[] _idf;

        private Space(List<string> terms, double[] idf)
        {
            Terms = terms;
            _idf = idf;
            _index = terms.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        }

        public List<string> Terms { get; }
        public int Size => Terms.Count;

        public static Space Build(List<string[]> features, int count)
        {
            var df = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var doc in features)
            {
                foreach (var f in doc)
                {
                    df[f] = df.GetValueOrDefault(f) + 1;
                }
            }

            var minDf = Math.Max(2, (int)Math.Ceiling(count * 0.001));
            // The upper cut means something only among many opinions: in a handful, a shared word is the pattern.
            var maxDf = count < 50 ? count : Math.Max(minDf, (int)(count * 0.3));
            // A stem every opinion has weighs nothing (its inverse document frequency is 0).
            var terms = df.Where(t => t.Value >= minDf && t.Value <= maxDf && t.Value < count)
                .OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal)
                .Take(5000).Select(t => t.Key).Order(StringComparer.Ordinal).ToList();
            return new Space(terms, terms.Select(t => Math.Log((double)count / df[t])).ToArray());
        }

        public (int[] Indices, double[] Values) Vector(string[] features)
        {
            var indices = features.Select(f => _index.TryGetValue(f, out var i) ? i : -1).Where(i => i >= 0).Distinct().Order().ToArray();
            var values = indices.Select(i => _idf[i]).ToArray();
            var norm = Math.Sqrt(values.Sum(v => v * v));
            if (norm <= 0)
            {
                return ([], []);
            }

            for (var j = 0; j < values.Length; j++)
            {
                values[j] /= norm;
            }

            return (indices, values);
        }
    }
}

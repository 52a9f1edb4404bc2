namespace AdaptiveLearning.Domain.Tracing;

/// <summary>
/// The E step of BKT's Baum-Welch: expected state occupancies and transitions, summed over sequences,
/// from a scaled forward-backward pass.
/// </summary>
internal sealed class BktExpectedCounts
{
    public double Sequences { get; private set; }
    public double InitialKnown { get; private set; }
    public double Known { get; private set; }
    public double Unknown { get; private set; }
    public double WrongWhileKnown { get; private set; }
    public double CorrectWhileUnknown { get; private set; }
    public double KnownBeforeTransition { get; private set; }
    public double UnknownBeforeTransition { get; private set; }
    public double Learned { get; private set; }
    public double Forgot { get; private set; }
    public double LogLikelihood { get; private set; }

    public void Accumulate(BktParameters p, IReadOnlyList<bool> sequence)
    {
        var length = sequence.Count;
        if (length == 0)
        {
            return;
        }

        // Index 1 = known, 0 = unknown.
        var forward = new double[length, 2];
        var backward = new double[length, 2];
        var scale = new double[length];

        for (var t = 0; t < length; t++)
        {
            double known, unknown;
            if (t == 0)
            {
                known = p.Prior;
                unknown = 1 - p.Prior;
            }
            else
            {
                known = forward[t - 1, 1] * (1 - p.Forget) + forward[t - 1, 0] * p.Learn;
                unknown = forward[t - 1, 1] * p.Forget + forward[t - 1, 0] * (1 - p.Learn);
            }

            known *= Emission(p, known: true, sequence[t]);
            unknown *= Emission(p, known: false, sequence[t]);
            scale[t] = known + unknown;
            forward[t, 1] = known / scale[t];
            forward[t, 0] = unknown / scale[t];
            LogLikelihood += Math.Log(scale[t]);
        }

        backward[length - 1, 0] = backward[length - 1, 1] = 1;
        for (var t = length - 2; t >= 0; t--)
        {
            var nextKnown = Emission(p, known: true, sequence[t + 1]) * backward[t + 1, 1];
            var nextUnknown = Emission(p, known: false, sequence[t + 1]) * backward[t + 1, 0];
            backward[t, 1] = ((1 - p.Forget) * nextKnown + p.Forget * nextUnknown) / scale[t + 1];
            backward[t, 0] = (p.Learn * nextKnown + (1 - p.Learn) * nextUnknown) / scale[t + 1];
        }

        Sequences++;
        for (var t = 0; t < length; t++)
        {
            var known = forward[t, 1] * backward[t, 1];
            var unknown = forward[t, 0] * backward[t, 0];
            var total = known + unknown;
            known /= total;
            unknown /= total;
            if (t == 0)
            {
                InitialKnown += known;
            }

            Known += known;
            Unknown += unknown;
            if (sequence[t])
            {
                CorrectWhileUnknown += unknown;
            }
            else
            {
                WrongWhileKnown += known;
            }

            if (t < length - 1)
            {
                KnownBeforeTransition += known;
                UnknownBeforeTransition += unknown;
                var nextKnown = Emission(p, known: true, sequence[t + 1]) * backward[t + 1, 1] / scale[t + 1];
                var nextUnknown = Emission(p, known: false, sequence[t + 1]) * backward[t + 1, 0] / scale[t + 1];
                Learned += forward[t, 0] * p.Learn * nextKnown;
                Forgot += forward[t, 1] * p.Forget * nextUnknown;
            }
        }
    }

    private static double Emission(BktParameters p, bool known, bool correct) => known
        ? (correct ? 1 - p.Slip : p.Slip)
        : (correct ? p.Guess : 1 - p.Guess);
}

namespace AdaptiveLearning.Domain.Scheduling;

/// <summary>Adam's running moments for a parameter vector (Kingma and Ba, 2015).</summary>
internal sealed class AdamState(int size)
{
    private const double Beta1 = 0.9;
    private const double Beta2 = 0.999;
    private const double Epsilon = 1e-8;

    private readonly double[] _firstMoment = new double[size];
    private readonly double[] _secondMoment = new double[size];
    private int _steps;

    /// <summary>Moves the listed coordinates of <paramref name="values"/> against the gradient.</summary>
    public void Step(double[] values, double[] gradient, IReadOnlyList<int> coordinates, double learningRate)
    {
        _steps++;
        var firstCorrection = 1 - Math.Pow(Beta1, _steps);
        var secondCorrection = 1 - Math.Pow(Beta2, _steps);
        foreach (var i in coordinates)
        {
            _firstMoment[i] = Beta1 * _firstMoment[i] + (1 - Beta1) * gradient[i];
            _secondMoment[i] = Beta2 * _secondMoment[i] + (1 - Beta2) * gradient[i] * gradient[i];
            var step = _firstMoment[i] / firstCorrection / (Math.Sqrt(_secondMoment[i] / secondCorrection) + Epsilon);
            values[i] -= learningRate * step;
        }
    }
}

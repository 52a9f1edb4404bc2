namespace AdaptiveLearning.Domain.Tracing;

public static class Logistic
{
    public static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    public static double Logit(double p) => Math.Log(p / (1 - p));
}

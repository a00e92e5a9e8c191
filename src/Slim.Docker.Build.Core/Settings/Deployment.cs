namespace Slim.Docker.Build.Settings;

public enum Deployment
{
    FrameworkDependent,
    SelfContained,
    NativeAot,
}

export default function LifecyclePage() {
  return <h1 className="text-2xl font-bold">Lifecycle</h1>;
}

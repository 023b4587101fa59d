export default function LearnPage() {
  return <h1 className="text-2xl font-bold">Learn</h1>;
}
